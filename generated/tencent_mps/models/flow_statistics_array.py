# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowStatisticsArray``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FlowStatisticsArray(Model):
    """Flow statistics at one timestamp, grouped by session."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "timestamp": "Timestamp",
        "flow_statistics": "FlowStatistics",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "[FlowStatistics",
    )

    timestamp: int | None = None
    """Time at which the statistics were sampled.

    Wire name: ``Timestamp``.
    """

    flow_statistics: list[models.FlowStatistics] | None = None
    """Statistics of each session at this timestamp.

    Wire name: ``FlowStatistics``.
    """


_KNOWN = frozenset(FlowStatisticsArray.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> FlowStatisticsArray:
    """Decode one ``FlowStatisticsArray`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FlowStatisticsArray)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Timestamp")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Timestamp", "an integer", v)
    o.timestamp = v
    v = get("FlowStatistics")
    if v is not None:
        n += 1
        v = _d.objects("FlowStatistics", v, _S["FlowStatistics"])
    o.flow_statistics = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(FlowStatisticsArray, _structure)
