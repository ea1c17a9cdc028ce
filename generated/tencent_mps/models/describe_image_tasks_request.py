# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeImageTasksRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeImageTasksRequest:
    """Request of DescribeImageTasks: status and time filters plus a scroll token for paging.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "status": "Status",
        "limit": "Limit",
        "scroll_token": "ScrollToken",
        "start_time": "StartTime",
        "end_time": "EndTime",
        "sub_task_has_failed": "SubTaskHasFailed",
    }
    """Attribute name -> wire name, for every field."""

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

    start_time: str | None = None
    """Start of the task time range, in the format YYYY-MM-DDThh:mm:ssZ.

    Wire name: ``StartTime``.
    """

    end_time: str | None = None
    """End of the task time range, in the format YYYY-MM-DDThh:mm:ssZ.

    Wire name: ``EndTime``.
    """

    sub_task_has_failed: bool | None = None
    """Filter on subtask status: whether the task has a failed subtask.

    Wire name: ``SubTaskHasFailed``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DescribeImageTasksRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Status",
        "Limit",
        "ScrollToken",
        "StartTime",
        "EndTime",
        "SubTaskHasFailed",
    }
)


def _structure(data: Any) -> DescribeImageTasksRequest:
    """Decode one ``DescribeImageTasksRequest`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not str:
            raise _d.wrong_type("StartTime", "a string", v)
    o.start_time = v
    v = get("EndTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EndTime", "a string", v)
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


def _unstructure(o: DescribeImageTasksRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.status
    if v is not None:
        d["Status"] = v
    v = o.limit
    if v is not None:
        d["Limit"] = v
    v = o.scroll_token
    if v is not None:
        d["ScrollToken"] = v
    v = o.start_time
    if v is not None:
        d["StartTime"] = v
    v = o.end_time
    if v is not None:
        d["EndTime"] = v
    v = o.sub_task_has_failed
    if v is not None:
        d["SubTaskHasFailed"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DescribeImageTasksRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DescribeImageTasksRequest:
        o = _e.as_model(o, DescribeImageTasksRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.status
    if v is None:
        raise _e.missing("Status", "a string")
    if type(v) is not str:
        v = _e.as_str("Status", v)
    d["Status"] = v
    v = o.limit
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Limit", v)
        d["Limit"] = v
    v = o.scroll_token
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ScrollToken", v)
        d["ScrollToken"] = v
    v = o.start_time
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("StartTime", v)
        d["StartTime"] = v
    v = o.end_time
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("EndTime", v)
        d["EndTime"] = v
    v = o.sub_task_has_failed
    if v is not None:
        if type(v) is not bool:
            raise _e.wrong_type("SubTaskHasFailed", "a boolean", v)
        d["SubTaskHasFailed"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
