# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowStatisticsArray``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FlowStatisticsArray:
    """Flow statistics at one timestamp, grouped by session.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "timestamp": "Timestamp",
        "flow_statistics": "FlowStatistics",
    }
    """Attribute name -> wire name, for every field."""

    timestamp: int | None = None
    """Time at which the statistics were sampled.

    Wire name: ``Timestamp``.
    """

    flow_statistics: list[models.FlowStatistics] | None = None
    """Statistics of each session at this timestamp.

    Wire name: ``FlowStatistics``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlowStatisticsArray:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Timestamp",
        "FlowStatistics",
    }
)


def _structure(data: Any) -> FlowStatisticsArray:
    """Decode one ``FlowStatisticsArray`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("FlowStatistics", "an array", v)
        if v:
            f = _S["FlowStatistics"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("FlowStatistics", v, f) from None
        else:
            v = []
    o.flow_statistics = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: FlowStatisticsArray) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.timestamp
    if v is not None:
        d["Timestamp"] = v
    v = o.flow_statistics
    if v is not None:
        d["FlowStatistics"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
