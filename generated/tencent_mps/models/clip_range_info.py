# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ClipRangeInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ClipRangeInfo(Model):
    """Range of a VOD source that is actually played: either the whole asset or a specified time
    range.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "offset": "Offset",
        "start_offset": "StartOffset",
        "end_offset": "EndOffset",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "int",
        "int",
    )

    type: str | None = None
    """Which part of the content is played; applies to VOD sources only. Entire plays the whole
    asset, SpecifyTimeRange plays only the range given by the offsets.

    Wire name: ``Type``.
    """

    offset: int | None = None
    """Offset into the content; used only when Type is SpecifyTimeRange.

    Wire name: ``Offset``.
    """

    start_offset: int | None = None
    """Start offset of the played range; used only when Type is SpecifyTimeRange.

    Wire name: ``StartOffset``.
    """

    end_offset: int | None = None
    """End offset of the played range; used only when Type is SpecifyTimeRange.

    Wire name: ``EndOffset``.
    """


_KNOWN = frozenset(ClipRangeInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ClipRangeInfo:
    """Decode one ``ClipRangeInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ClipRangeInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Offset")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Offset", "an integer", v)
    o.offset = v
    v = get("StartOffset")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("StartOffset", "an integer", v)
    o.start_offset = v
    v = get("EndOffset")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("EndOffset", "an integer", v)
    o.end_offset = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ClipRangeInfo, _structure)
