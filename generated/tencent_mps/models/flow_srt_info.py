# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowSRTInfo``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FlowSRTInfo(Model):
    """SRT quality sample of a StreamLink flow at one point in time."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "timestamp": "Timestamp",
        "send_packet_loss_rate": "SendPacketLossRate",
        "send_retransmission_rate": "SendRetransmissionRate",
        "recv_packet_loss_rate": "RecvPacketLossRate",
        "recv_retransmission_rate": "RecvRetransmissionRate",
        "rtt": "RTT",
        "session_id": "SessionId",
        "send_packet_drop_number": "SendPacketDropNumber",
        "recv_packet_drop_number": "RecvPacketDropNumber",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "int",
        "int",
        "int",
        "int",
        "str",
        "int",
        "int",
    )

    timestamp: int | None = None
    """Time of the sample, as a Unix timestamp in seconds.

    Unit: s.

    Wire name: ``Timestamp``.
    """

    send_packet_loss_rate: int | None = None
    """Packet loss rate on the sending side.

    Wire name: ``SendPacketLossRate``.
    """

    send_retransmission_rate: int | None = None
    """Retransmission rate on the sending side.

    Wire name: ``SendRetransmissionRate``.
    """

    recv_packet_loss_rate: int | None = None
    """Packet loss rate on the receiving side.

    Wire name: ``RecvPacketLossRate``.
    """

    recv_retransmission_rate: int | None = None
    """Retransmission rate on the receiving side.

    Wire name: ``RecvRetransmissionRate``.
    """

    rtt: int | None = None
    """Round-trip delay to the remote peer.

    Wire name: ``RTT``.
    """

    session_id: str | None = None
    """Identifier shared by all data from the same push session.

    Wire name: ``SessionId``.
    """

    send_packet_drop_number: int | None = None
    """Number of packets dropped on the sending side.

    Wire name: ``SendPacketDropNumber``.
    """

    recv_packet_drop_number: int | None = None
    """Number of packets dropped on the receiving side.

    Wire name: ``RecvPacketDropNumber``.
    """


_KNOWN = frozenset(FlowSRTInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> FlowSRTInfo:
    """Decode one ``FlowSRTInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FlowSRTInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Timestamp")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Timestamp", "an integer", v)
    o.timestamp = v
    v = get("SendPacketLossRate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SendPacketLossRate", "an integer", v)
    o.send_packet_loss_rate = v
    v = get("SendRetransmissionRate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SendRetransmissionRate", "an integer", v)
    o.send_retransmission_rate = v
    v = get("RecvPacketLossRate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("RecvPacketLossRate", "an integer", v)
    o.recv_packet_loss_rate = v
    v = get("RecvRetransmissionRate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("RecvRetransmissionRate", "an integer", v)
    o.recv_retransmission_rate = v
    v = get("RTT")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("RTT", "an integer", v)
    o.rtt = v
    v = get("SessionId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SessionId", "a string", v)
    o.session_id = v
    v = get("SendPacketDropNumber")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SendPacketDropNumber", "an integer", v)
    o.send_packet_drop_number = v
    v = get("RecvPacketDropNumber")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("RecvPacketDropNumber", "an integer", v)
    o.recv_packet_drop_number = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(FlowSRTInfo, _structure)
