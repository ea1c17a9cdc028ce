# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeStreamLinkFlowSRTStatisticsRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeStreamLinkFlowSRTStatisticsRequest(Model):
    """Request of DescribeStreamLinkFlowSRTStatistics: the flow, input or output, pipeline,
    interval and time window.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "flow_id": "FlowId",
        "type": "Type",
        "input_output_id": "InputOutputId",
        "pipeline": "Pipeline",
        "start_time": "StartTime",
        "end_time": "EndTime",
        "period": "Period",
        "remote_ip": "RemoteIp",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str!",
        "str!",
        "datetime!",
        "datetime!",
        "str!",
        "str",
    )

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

    start_time: datetime | str | None = None
    """Start of the statistics window as a UTC time such as 2020-01-01T12:00:00Z; defaults to
    one hour ago, and only the last 7 days can be queried.

    Required in requests.

    Wire name: ``StartTime``.
    """

    end_time: datetime | str | None = None
    """End of the statistics window as a UTC time such as 2020-01-01T12:00:00Z; defaults to one
    hour after StartTime, and at most 24 hours of data can be queried.

    Required in requests.

    Wire name: ``EndTime``.
    """

    period: str | None = None
    """Sampling interval of the statistics: 5s, 1min, 5min or 15min.

    Required in requests.

    Wire name: ``Period``.
    """

    remote_ip: str | None = None
    """IP address of the remote client or server at the other end of the connection.

    Wire name: ``RemoteIp``.
    """


_KNOWN = frozenset(DescribeStreamLinkFlowSRTStatisticsRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeStreamLinkFlowSRTStatisticsRequest:
    """Decode one ``DescribeStreamLinkFlowSRTStatisticsRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeStreamLinkFlowSRTStatisticsRequest)
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
    v = get("StartTime")
    if v is not None:
        n += 1
        v = _t.decode("StartTime", v)
    o.start_time = v
    v = get("EndTime")
    if v is not None:
        n += 1
        v = _t.decode("EndTime", v)
    o.end_time = v
    v = get("Period")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Period", "a string", v)
    o.period = v
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


bind(DescribeStreamLinkFlowSRTStatisticsRequest, _structure)
