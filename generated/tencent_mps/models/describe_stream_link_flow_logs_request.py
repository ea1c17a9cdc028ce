# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeStreamLinkFlowLogsRequest`` (sent in requests)."""

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
class DescribeStreamLinkFlowLogsRequest(Model):
    """Request of DescribeStreamLinkFlowLogs: the flow, time window, input/output and pipeline
    filters, and paging.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "flow_id": "FlowId",
        "start_time": "StartTime",
        "end_time": "EndTime",
        "type": "Type",
        "pipeline": "Pipeline",
        "page_size": "PageSize",
        "sort_type": "SortType",
        "page_num": "PageNum",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "datetime!",
        "datetime!",
        "[str!",
        "[str!",
        "int!",
        "str",
        "int",
    )

    flow_id: str | None = None
    """ID of the media transport flow whose logs are queried.

    Required in requests.

    Wire name: ``FlowId``.
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

    type: list[str] | None = None
    """Log sources to include: input, output or both.

    Required in requests.

    Wire name: ``Type``.
    """

    pipeline: list[str] | None = None
    """Pipelines to include: 0 for the primary, 1 for the backup.

    Required in requests.

    Wire name: ``Pipeline``.
    """

    page_size: int | None = None
    """Number of entries per page, in the range [1, 1000]. Defaults to 100.

    Required in requests.

    Wire name: ``PageSize``.
    """

    sort_type: str | None = None
    """Sort order by Timestamp: desc (the default) or asc.

    Wire name: ``SortType``.
    """

    page_num: int | None = None
    """Page number, in the range [1, 1000]. Defaults to 1.

    Wire name: ``PageNum``.
    """


_KNOWN = frozenset(DescribeStreamLinkFlowLogsRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeStreamLinkFlowLogsRequest:
    """Decode one ``DescribeStreamLinkFlowLogsRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeStreamLinkFlowLogsRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FlowId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FlowId", "a string", v)
    o.flow_id = v
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
    v = get("Type")
    if v is not None:
        n += 1
        v = _d.str_list("Type", v)
    o.type = v
    v = get("Pipeline")
    if v is not None:
        n += 1
        v = _d.str_list("Pipeline", v)
    o.pipeline = v
    v = get("PageSize")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("PageSize", "an integer", v)
    o.page_size = v
    v = get("SortType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SortType", "a string", v)
    o.sort_type = v
    v = get("PageNum")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("PageNum", "an integer", v)
    o.page_num = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeStreamLinkFlowLogsRequest, _structure)
