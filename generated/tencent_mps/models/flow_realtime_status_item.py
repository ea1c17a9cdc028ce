# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowRealtimeStatusItem``: the model and its codecs."""

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
class FlowRealtimeStatusItem:
    """Real-time status of one input or output of a flow, with protocol-specific details.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "input_id": "InputId",
        "output_id": "OutputId",
        "flow_id": "FlowId",
        "protocol": "Protocol",
        "common_status": "CommonStatus",
        "srt_status": "SRTStatus",
        "rtmp_status": "RTMPStatus",
        "connect_server_ip": "ConnectServerIP",
        "rtp_status": "RTPStatus",
    }
    """Attribute name -> wire name, for every field."""

    type: str | None = None
    """Whether this entry is an Input or an Output.

    Wire name: ``Type``.
    """

    input_id: str | None = None
    """ID of the input; not empty when Type is Input.

    Wire name: ``InputId``.
    """

    output_id: str | None = None
    """ID of the output; not empty when Type is Output.

    Wire name: ``OutputId``.
    """

    flow_id: str | None = None
    """ID of the flow the input or output belongs to.

    Wire name: ``FlowId``.
    """

    protocol: str | None = None
    """Transport protocol of the input or output, such as SRT or RTMP.

    Wire name: ``Protocol``.
    """

    common_status: models.FlowRealtimeStatusCommon | None = None
    """Status information shared by all protocols: state, mode, connected time, bitrate and
    reconnections.

    Wire name: ``CommonStatus``.
    """

    srt_status: models.FlowRealtimeStatusSRT | None = None
    """SRT-specific status; present only when the protocol is SRT. May be null if unavailable.

    Wire name: ``SRTStatus``.
    """

    rtmp_status: models.FlowRealtimeStatusRTMP | None = None
    """RTMP-specific status; present only when the protocol is RTMP. May be null if
    unavailable.

    Wire name: ``RTMPStatus``.
    """

    connect_server_ip: str | None = None
    """IP address of the server handling the connection.

    Wire name: ``ConnectServerIP``.
    """

    rtp_status: models.FlowRealtimeStatusRTP | None = None
    """RTP-specific status; present only when the protocol is RTP. May be null if unavailable.

    Wire name: ``RTPStatus``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlowRealtimeStatusItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "InputId",
        "OutputId",
        "FlowId",
        "Protocol",
        "CommonStatus",
        "SRTStatus",
        "RTMPStatus",
        "ConnectServerIP",
        "RTPStatus",
    }
)


def _structure(data: Any) -> FlowRealtimeStatusItem:
    """Decode one ``FlowRealtimeStatusItem`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FlowRealtimeStatusItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("InputId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("InputId", "a string", v)
    o.input_id = v
    v = get("OutputId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputId", "a string", v)
    o.output_id = v
    v = get("FlowId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FlowId", "a string", v)
    o.flow_id = v
    v = get("Protocol")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Protocol", "a string", v)
    o.protocol = v
    v = get("CommonStatus")
    if v is not None:
        n += 1
        try:
            v = _S["FlowRealtimeStatusCommon"](v)
        except DecodeError as e:
            raise e.with_prefix("CommonStatus") from None
    o.common_status = v
    v = get("SRTStatus")
    if v is not None:
        n += 1
        try:
            v = _S["FlowRealtimeStatusSRT"](v)
        except DecodeError as e:
            raise e.with_prefix("SRTStatus") from None
    o.srt_status = v
    v = get("RTMPStatus")
    if v is not None:
        n += 1
        try:
            v = _S["FlowRealtimeStatusRTMP"](v)
        except DecodeError as e:
            raise e.with_prefix("RTMPStatus") from None
    o.rtmp_status = v
    v = get("ConnectServerIP")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ConnectServerIP", "a string", v)
    o.connect_server_ip = v
    v = get("RTPStatus")
    if v is not None:
        n += 1
        try:
            v = _S["FlowRealtimeStatusRTP"](v)
        except DecodeError as e:
            raise e.with_prefix("RTPStatus") from None
    o.rtp_status = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: FlowRealtimeStatusItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.input_id
    if v is not None:
        d["InputId"] = v
    v = o.output_id
    if v is not None:
        d["OutputId"] = v
    v = o.flow_id
    if v is not None:
        d["FlowId"] = v
    v = o.protocol
    if v is not None:
        d["Protocol"] = v
    v = o.common_status
    if v is not None:
        d["CommonStatus"] = _d.wire(v)
    v = o.srt_status
    if v is not None:
        d["SRTStatus"] = _d.wire(v)
    v = o.rtmp_status
    if v is not None:
        d["RTMPStatus"] = _d.wire(v)
    v = o.connect_server_ip
    if v is not None:
        d["ConnectServerIP"] = v
    v = o.rtp_status
    if v is not None:
        d["RTPStatus"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
