# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``QualityControlItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class QualityControlItem(Model):
    """One occurrence of a media quality inspection issue, with its time range, confidence and
    screen area.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "confidence": "Confidence",
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
        "area_coord_set": "AreaCoordSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "float",
        "float",
        "[int",
    )

    confidence: int | None = None
    """Confidence of the detection, from 0 to 100. May be null.

    Wire name: ``Confidence``.
    """

    start_time_offset: float | None = None
    """Timestamp at which the issue starts, in seconds.

    Unit: s.

    Wire name: ``StartTimeOffset``.
    """

    end_time_offset: float | None = None
    """Timestamp at which the issue ends, in seconds.

    Unit: s.

    Wire name: ``EndTimeOffset``.
    """

    area_coord_set: list[int] | None = None
    """Area where the issue appears as top-left and bottom-right corner coordinates, in pixels.
    May be null.

    Unit: px.

    Wire name: ``AreaCoordSet``.
    """


_KNOWN = frozenset(QualityControlItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> QualityControlItem:
    """Decode one ``QualityControlItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(QualityControlItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Confidence")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Confidence", "an integer", v)
    o.confidence = v
    v = get("StartTimeOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("StartTimeOffset", v)
    o.start_time_offset = v
    v = get("EndTimeOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("EndTimeOffset", v)
    o.end_time_offset = v
    v = get("AreaCoordSet")
    if v is not None:
        n += 1
        v = _d.int_list("AreaCoordSet", v)
    o.area_coord_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(QualityControlItem, _structure)
