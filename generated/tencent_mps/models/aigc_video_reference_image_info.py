# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AigcVideoReferenceImageInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AigcVideoReferenceImageInfo(Model):
    """A reference image supplied to AIGC video generation."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "image_url": "ImageUrl",
        "reference_type": "ReferenceType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
    )

    image_url: str | None = None
    """URL of the image that guides video generation; it must be publicly reachable and allow
    crawlers to fetch it.

    Wire name: ``ImageUrl``.
    """

    reference_type: str | None = None
    """How the image is used as a reference; with GV models it can be asset or style.

    Wire name: ``ReferenceType``.
    """


_KNOWN = frozenset(AigcVideoReferenceImageInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AigcVideoReferenceImageInfo:
    """Decode one ``AigcVideoReferenceImageInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AigcVideoReferenceImageInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ImageUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ImageUrl", "a string", v)
    o.image_url = v
    v = get("ReferenceType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ReferenceType", "a string", v)
    o.reference_type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AigcVideoReferenceImageInfo, _structure)
