# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SlateInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SlateInfo(Model):
    """Slate (filler content) settings of a linear assembly channel: the VOD Source played when
    nothing else is scheduled.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "source_location_id": "SourceLocationId",
        "vod_source_name": "VodSourceName",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
    )

    source_location_id: str | None = None
    """ID of the SourceLocation that holds the slate Source.

    Wire name: ``SourceLocationId``.
    """

    vod_source_name: str | None = None
    """Name of the VOD Source played as the slate.

    Wire name: ``VodSourceName``.
    """


_KNOWN = frozenset(SlateInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SlateInfo:
    """Decode one ``SlateInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SlateInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SourceLocationId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceLocationId", "a string", v)
    o.source_location_id = v
    v = get("VodSourceName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VodSourceName", "a string", v)
    o.vod_source_name = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SlateInfo, _structure)
