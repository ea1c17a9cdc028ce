# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowRealtimeStatusSRT``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FlowRealtimeStatusSRT:
    """SRT-specific part of a real-time flow status: latency, RTT, packet loss and encryption.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "latency": "Latency",
        "rtt": "RTT",
        "packets": "Packets",
        "packet_loss_rate": "PacketLossRate",
        "retransmit_rate": "RetransmitRate",
        "dropped_packets": "DroppedPackets",
        "encryption": "Encryption",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlowRealtimeStatusSRT:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Latency",
        "RTT",
        "Packets",
        "PacketLossRate",
        "RetransmitRate",
        "DroppedPackets",
        "Encryption",
    }
)


def _structure(data: Any) -> FlowRealtimeStatusSRT:
    """Decode one ``FlowRealtimeStatusSRT`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: FlowRealtimeStatusSRT) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.latency
    if v is not None:
        d["Latency"] = v
    v = o.rtt
    if v is not None:
        d["RTT"] = v
    v = o.packets
    if v is not None:
        d["Packets"] = v
    v = o.packet_loss_rate
    if v is not None:
        d["PacketLossRate"] = v
    v = o.retransmit_rate
    if v is not None:
        d["RetransmitRate"] = v
    v = o.dropped_packets
    if v is not None:
        d["DroppedPackets"] = v
    v = o.encryption
    if v is not None:
        d["Encryption"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
