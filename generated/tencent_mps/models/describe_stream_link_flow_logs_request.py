# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeStreamLinkFlowLogsRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeStreamLinkFlowLogsRequest:
    """Request of DescribeStreamLinkFlowLogs: the flow, time window, input/output and pipeline
    filters, and paging.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

    flow_id: str | None = None
    """ID of the media transport flow whose logs are queried.

    Required in requests.

    Wire name: ``FlowId``.
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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DescribeStreamLinkFlowLogsRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "FlowId",
        "StartTime",
        "EndTime",
        "Type",
        "Pipeline",
        "PageSize",
        "SortType",
        "PageNum",
    }
)


def _structure(data: Any) -> DescribeStreamLinkFlowLogsRequest:
    """Decode one ``DescribeStreamLinkFlowLogsRequest`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not str:
            raise _d.wrong_type("StartTime", "a string", v)
    o.start_time = v
    v = get("EndTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EndTime", "a string", v)
    o.end_time = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Type", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Type", v, "a string", _d.is_str)
    o.type = v
    v = get("Pipeline")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Pipeline", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Pipeline", v, "a string", _d.is_str)
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


def _unstructure(o: DescribeStreamLinkFlowLogsRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.flow_id
    if v is not None:
        d["FlowId"] = v
    v = o.start_time
    if v is not None:
        d["StartTime"] = v
    v = o.end_time
    if v is not None:
        d["EndTime"] = v
    v = o.type
    if v is not None:
        d["Type"] = list(v)
    v = o.pipeline
    if v is not None:
        d["Pipeline"] = list(v)
    v = o.page_size
    if v is not None:
        d["PageSize"] = v
    v = o.sort_type
    if v is not None:
        d["SortType"] = v
    v = o.page_num
    if v is not None:
        d["PageNum"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DescribeStreamLinkFlowLogsRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DescribeStreamLinkFlowLogsRequest:
        o = _e.as_model(o, DescribeStreamLinkFlowLogsRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.flow_id
    if v is None:
        raise _e.missing("FlowId", "a string")
    if type(v) is not str:
        v = _e.as_str("FlowId", v)
    d["FlowId"] = v
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
    v = o.type
    if v is None:
        raise _e.missing("Type", "an array")
    d["Type"] = _e.strs("Type", v)
    v = o.pipeline
    if v is None:
        raise _e.missing("Pipeline", "an array")
    d["Pipeline"] = _e.strs("Pipeline", v)
    v = o.page_size
    if v is None:
        raise _e.missing("PageSize", "an integer")
    if type(v) is not int:
        v = _e.as_int("PageSize", v)
    d["PageSize"] = v
    v = o.sort_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SortType", v)
        d["SortType"] = v
    v = o.page_num
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("PageNum", v)
        d["PageNum"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
