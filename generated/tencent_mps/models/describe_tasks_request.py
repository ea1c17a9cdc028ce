# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeTasksRequest`` (sent in requests)."""

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
class DescribeTasksRequest(Model):
    """Request parameters of DescribeTasks, which lists tasks from the last 7 days filtered by
    status and time, with scroll-based paging.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "status": "Status",
        "sub_task_has_failed": "SubTaskHasFailed",
        "limit": "Limit",
        "scroll_token": "ScrollToken",
        "start_time": "StartTime",
        "end_time": "EndTime",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "bool",
        "int",
        "str",
        "datetime",
        "datetime",
    )

    status: str | None = None
    """Filter tasks by status.

    Known values (:class:`tencent_mps.enums.TaskStatus`); others may appear:
    ``WAITING``: queued, not yet started
    ``PROCESSING``: being processed
    ``FINISH``: completed

    Required in requests.

    Wire name: ``Status``.
    """

    sub_task_has_failed: bool | None = None
    """Filter finished tasks by whether any subtask failed: true returns only tasks with failed
    subtasks, false only tasks without. Ignored when not set.

    Wire name: ``SubTaskHasFailed``.
    """

    limit: int | None = None
    """Number of records to return. Default 10, maximum 100.

    Wire name: ``Limit``.
    """

    scroll_token: str | None = None
    """Paging token for fetching results in batches: pass the ScrollToken returned by the
    previous call to continue from the next record.

    Wire name: ``ScrollToken``.
    """

    start_time: datetime | str | None = None
    """Start of the time range to query, in ISO 8601 date-time format (UTC).

    Wire name: ``StartTime``.
    """

    end_time: datetime | str | None = None
    """End of the time range to query, in ISO 8601 date-time format (UTC).

    Wire name: ``EndTime``.
    """


_KNOWN = frozenset(DescribeTasksRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeTasksRequest:
    """Decode one ``DescribeTasksRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeTasksRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Status")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Status", "a string", v)
    o.status = v
    v = get("SubTaskHasFailed")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("SubTaskHasFailed", "a boolean", v)
    o.sub_task_has_failed = v
    v = get("Limit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Limit", "an integer", v)
    o.limit = v
    v = get("ScrollToken")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ScrollToken", "a string", v)
    o.scroll_token = v
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeTasksRequest, _structure)
