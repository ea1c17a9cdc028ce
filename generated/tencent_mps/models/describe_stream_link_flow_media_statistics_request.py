# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeStreamLinkFlowMediaStatisticsRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeStreamLinkFlowMediaStatisticsRequest:
    """Request of DescribeStreamLinkFlowMediaStatistics: the flow, input or output, pipeline,
    interval and time window.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "flow_id": "FlowId",
        "type": "Type",
        "input_output_id": "InputOutputId",
        "pipeline": "Pipeline",
        "period": "Period",
        "start_time": "StartTime",
        "end_time": "EndTime",
        "remote_ip": "RemoteIp",
    }
    """Attribute name -> wire name, for every field."""

    flow_id: str | None = None
    """ID of the media transport flow.

    Required in requests.

    Wire name: ``FlowId``.
    """

    type: str | None = None
    """Whether the statistics are for an input or an output: input or output.

    Required in requests.

    Wire name: ``Type``.
    """

    input_output_id: str | None = None
    """ID of the input or output to query.

    Required in requests.

    Wire name: ``InputOutputId``.
    """

    pipeline: str | None = None
    """Pipeline to query: 0 for the primary pipeline, 1 for the backup.

    Required in requests.

    Wire name: ``Pipeline``.
    """

    period: str | None = None
    """Sampling interval of the statistics: 5s, 1min, 5min or 15min.

    Required in requests.

    Wire name: ``Period``.
    """

    start_time: str | None = None
    """Start of the statistics window as a UTC time such as 2020-01-01T12:00:00Z; defaults to
    one hour ago, and only the last 7 days can be queried.

    Required in requests.

    Wire name: ``StartTime``.
    """

    end_time: str | None = None
    """End of the statistics window as a UTC time such as 2020-01-01T12:00:00Z; defaults to one
    hour after StartTime, and at most 24 hours of data can be queried.

    Required in requests.

    Wire name: ``EndTime``.
    """

    remote_ip: str | None = None
    """IP address of the remote client or server at the other end of the connection.

    Wire name: ``RemoteIp``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DescribeStreamLinkFlowMediaStatisticsRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "FlowId",
        "Type",
        "InputOutputId",
        "Pipeline",
        "Period",
        "StartTime",
        "EndTime",
        "RemoteIp",
    }
)


def _structure(data: Any) -> DescribeStreamLinkFlowMediaStatisticsRequest:
    """Decode one ``DescribeStreamLinkFlowMediaStatisticsRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeStreamLinkFlowMediaStatisticsRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FlowId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FlowId", "a string", v)
    o.flow_id = v
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
    v = get("Pipeline")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Pipeline", "a string", v)
    o.pipeline = v
    v = get("Period")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Period", "a string", v)
    o.period = v
    v = get("StartTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("StartTime", "a string", v)
    o.start_time = v
    v = get("EndTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EndTime", "a string", v)
    o.end_time = v
    v = get("RemoteIp")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("RemoteIp", "a string", v)
    o.remote_ip = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DescribeStreamLinkFlowMediaStatisticsRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.flow_id
    if v is not None:
        d["FlowId"] = v
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.input_output_id
    if v is not None:
        d["InputOutputId"] = v
    v = o.pipeline
    if v is not None:
        d["Pipeline"] = v
    v = o.period
    if v is not None:
        d["Period"] = v
    v = o.start_time
    if v is not None:
        d["StartTime"] = v
    v = o.end_time
    if v is not None:
        d["EndTime"] = v
    v = o.remote_ip
    if v is not None:
        d["RemoteIp"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DescribeStreamLinkFlowMediaStatisticsRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DescribeStreamLinkFlowMediaStatisticsRequest:
        o = _e.as_model(o, DescribeStreamLinkFlowMediaStatisticsRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.flow_id
    if v is None:
        raise _e.missing("FlowId", "a string")
    if type(v) is not str:
        v = _e.as_str("FlowId", v)
    d["FlowId"] = v
    v = o.type
    if v is None:
        raise _e.missing("Type", "a string")
    if type(v) is not str:
        v = _e.as_str("Type", v)
    d["Type"] = v
    v = o.input_output_id
    if v is None:
        raise _e.missing("InputOutputId", "a string")
    if type(v) is not str:
        v = _e.as_str("InputOutputId", v)
    d["InputOutputId"] = v
    v = o.pipeline
    if v is None:
        raise _e.missing("Pipeline", "a string")
    if type(v) is not str:
        v = _e.as_str("Pipeline", v)
    d["Pipeline"] = v
    v = o.period
    if v is None:
        raise _e.missing("Period", "a string")
    if type(v) is not str:
        v = _e.as_str("Period", v)
    d["Period"] = v
    v = o.start_time
    if v is None:
        raise _e.missing("StartTime", "a string")
    if type(v) is not str:
        v = _e.as_str("StartTime", v)
    d["StartTime"] = v
    v = o.end_time
    if v is None:
        raise _e.missing("EndTime", "a string")
    if type(v) is not str:
        v = _e.as_str("EndTime", v)
    d["EndTime"] = v
    v = o.remote_ip
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("RemoteIp", v)
        d["RemoteIp"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
