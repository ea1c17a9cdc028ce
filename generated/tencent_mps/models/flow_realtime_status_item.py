# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowRealtimeStatusItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FlowRealtimeStatusItem(Model):
    """Real-time status of one input or output of a flow, with protocol-specific details."""

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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "FlowRealtimeStatusCommon",
        "FlowRealtimeStatusSRT",
        "FlowRealtimeStatusRTMP",
        "str",
        "FlowRealtimeStatusRTP",
    )

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


_KNOWN = frozenset(FlowRealtimeStatusItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> FlowRealtimeStatusItem:
    """Decode one ``FlowRealtimeStatusItem`` wire object: the straight-line decoder of this model."""
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


bind(FlowRealtimeStatusItem, _structure)
