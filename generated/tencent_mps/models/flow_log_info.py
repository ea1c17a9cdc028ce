# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowLogInfo``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FlowLogInfo(Model):
    """One log entry of a StreamLink flow, recording an event on an input or output."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "timestamp": "Timestamp",
        "type": "Type",
        "input_output_id": "InputOutputId",
        "protocol": "Protocol",
        "event_code": "EventCode",
        "event_message": "EventMessage",
        "remote_ip": "RemoteIp",
        "remote_port": "RemotePort",
        "pipeline": "Pipeline",
        "input_output_name": "InputOutputName",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
    )

    timestamp: int | None = None
    """Time of the log entry, as a timestamp in seconds.

    Unit: s.

    Wire name: ``Timestamp``.
    """

    type: str | None = None
    """Whether the entry concerns an input or an output: input or output.

    Wire name: ``Type``.
    """

    input_output_id: str | None = None
    """ID of the input or output the entry concerns.

    Wire name: ``InputOutputId``.
    """

    protocol: str | None = None
    """Transport protocol in use, for example RTMP.

    Wire name: ``Protocol``.
    """

    event_code: str | None = None
    """Code identifying the logged event.

    Wire name: ``EventCode``.
    """

    event_message: str | None = None
    """Message text describing the logged event.

    Wire name: ``EventMessage``.
    """

    remote_ip: str | None = None
    """IP address of the remote peer.

    Wire name: ``RemoteIp``.
    """

    remote_port: str | None = None
    """Port of the remote peer.

    Wire name: ``RemotePort``.
    """

    pipeline: str | None = None
    """Pipeline the entry belongs to: 0 for the primary pipeline, 1 for the backup.

    Wire name: ``Pipeline``.
    """

    input_output_name: str | None = None
    """Name of the input or output the entry concerns.

    Wire name: ``InputOutputName``.
    """


_KNOWN = frozenset(FlowLogInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> FlowLogInfo:
    """Decode one ``FlowLogInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FlowLogInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Timestamp")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Timestamp", "an integer", v)
    o.timestamp = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("InputOutputId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("InputOutputId", "a string", v)
    o.input_output_id = v
    v = get("Protocol")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Protocol", "a string", v)
    o.protocol = v
    v = get("EventCode")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EventCode", "a string", v)
    o.event_code = v
    v = get("EventMessage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EventMessage", "a string", v)
    o.event_message = v
    v = get("RemoteIp")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("RemoteIp", "a string", v)
    o.remote_ip = v
    v = get("RemotePort")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("RemotePort", "a string", v)
    o.remote_port = v
    v = get("Pipeline")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Pipeline", "a string", v)
    o.pipeline = v
    v = get("InputOutputName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("InputOutputName", "a string", v)
    o.input_output_name = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(FlowLogInfo, _structure)
