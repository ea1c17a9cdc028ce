# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowRealtimeStatusRTP``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FlowRealtimeStatusRTP(Model):
    """RTP-specific part of a real-time flow status."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "packets": "Packets",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("int",)

    packets: int | None = None
    """Number of packets transmitted.

    Wire name: ``Packets``.
    """


_KNOWN = frozenset(FlowRealtimeStatusRTP.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> FlowRealtimeStatusRTP:
    """Decode one ``FlowRealtimeStatusRTP`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FlowRealtimeStatusRTP)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Packets")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Packets", "an integer", v)
    o.packets = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(FlowRealtimeStatusRTP, _structure)
