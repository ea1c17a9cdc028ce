# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DocToVideoBackgroundInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DocToVideoBackgroundInfo(Model):
    """Background image used when generating a video from documents with AIGC."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "image_url": "ImageUrl",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("str",)

    image_url: str | None = None
    """URL of the background image used for the generated video.

    Wire name: ``ImageUrl``.
    """


_KNOWN = frozenset(DocToVideoBackgroundInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DocToVideoBackgroundInfo:
    """Decode one ``DocToVideoBackgroundInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DocToVideoBackgroundInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ImageUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ImageUrl", "a string", v)
    o.image_url = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DocToVideoBackgroundInfo, _structure)
