# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowRealtimeStatusSRT``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FlowRealtimeStatusSRT(Model):
    """SRT-specific part of a real-time flow status: latency, RTT, packet loss and encryption."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "latency": "Latency",
        "rtt": "RTT",
        "packets": "Packets",
        "packet_loss_rate": "PacketLossRate",
        "retransmit_rate": "RetransmitRate",
        "dropped_packets": "DroppedPackets",
        "encryption": "Encryption",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "int",
        "float",
        "float",
        "int",
        "str",
    )

    latency: int | None = None
    """SRT latency, in ms.

    Unit: ms.

    Wire name: ``Latency``.
    """

    rtt: int | None = None
    """Round-trip time, in ms.

    Unit: ms.

    Wire name: ``RTT``.
    """

    packets: int | None = None
    """Current number of packets sent or received.

    Wire name: ``Packets``.
    """

    packet_loss_rate: float | None = None
    """Packet loss rate, as a fraction (for example 0.01).

    Wire name: ``PacketLossRate``.
    """

    retransmit_rate: float | None = None
    """Retransmission rate, as a fraction (for example 0.01).

    Wire name: ``RetransmitRate``.
    """

    dropped_packets: int | None = None
    """Current number of dropped packets.

    Wire name: ``DroppedPackets``.
    """

    encryption: str | None = None
    """Whether the SRT connection is encrypted: On or Off.

    Wire name: ``Encryption``.
    """


_KNOWN = frozenset(FlowRealtimeStatusSRT.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> FlowRealtimeStatusSRT:
    """Decode one ``FlowRealtimeStatusSRT`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FlowRealtimeStatusSRT)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Latency")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Latency", "an integer", v)
    o.latency = v
    v = get("RTT")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("RTT", "an integer", v)
    o.rtt = v
    v = get("Packets")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Packets", "an integer", v)
    o.packets = v
    v = get("PacketLossRate")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("PacketLossRate", v)
    o.packet_loss_rate = v
    v = get("RetransmitRate")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("RetransmitRate", v)
    o.retransmit_rate = v
    v = get("DroppedPackets")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("DroppedPackets", "an integer", v)
    o.dropped_packets = v
    v = get("Encryption")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Encryption", "a string", v)
    o.encryption = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(FlowRealtimeStatusSRT, _structure)
