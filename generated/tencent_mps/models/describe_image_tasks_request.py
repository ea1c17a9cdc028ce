# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeImageTasksRequest`` (sent in requests)."""

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
class DescribeImageTasksRequest(Model):
    """Request of DescribeImageTasks: status and time filters plus a scroll token for paging."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "status": "Status",
        "limit": "Limit",
        "scroll_token": "ScrollToken",
        "start_time": "StartTime",
        "end_time": "EndTime",
        "sub_task_has_failed": "SubTaskHasFailed",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "int",
        "str",
        "datetime",
        "datetime",
        "bool",
    )

    status: str | None = None
    """Return only tasks in this status, for example FINISH.

    Required in requests.

    Wire name: ``Status``.
    """

    limit: int | None = None
    """Number of records to return.

    Wire name: ``Limit``.
    """

    scroll_token: str | None = None
    """Paging token: when one request cannot return all data a ScrollToken is returned; pass it
    to continue from the next record.

    Wire name: ``ScrollToken``.
    """

    start_time: datetime | str | None = None
    """Start of the task time range, in the format YYYY-MM-DDThh:mm:ssZ.

    Wire name: ``StartTime``.
    """

    end_time: datetime | str | None = None
    """End of the task time range, in the format YYYY-MM-DDThh:mm:ssZ.

    Wire name: ``EndTime``.
    """

    sub_task_has_failed: bool | None = None
    """Filter on subtask status: whether the task has a failed subtask.

    Wire name: ``SubTaskHasFailed``.
    """


_KNOWN = frozenset(DescribeImageTasksRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeImageTasksRequest:
    """Decode one ``DescribeImageTasksRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeImageTasksRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Status")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Status", "a string", v)
    o.status = v
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
    v = get("SubTaskHasFailed")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("SubTaskHasFailed", "a boolean", v)
    o.sub_task_has_failed = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeImageTasksRequest, _structure)
