# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AigcTaskListItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AigcTaskListItem:
    """Details of one AIGC task as listed by DescribeAigcTaskList.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "task_id": "TaskId",
        "task_type": "TaskType",
        "task_status": "TaskStatus",
        "create_time": "CreateTime",
        "scheduled_time": "ScheduledTime",
        "finished_time": "FinishedTime",
        "urls": "Urls",
        "task_result_code": "TaskResultCode",
        "task_result_msg": "TaskResultMsg",
        "resolution": "Resolution",
        "ratio": "Ratio",
        "request_body": "RequestBody",
        "task_info": "TaskInfo",
        "stage": "Stage",
    }
    """Attribute name -> wire name, for every field."""

    task_id: str | None = None
    """Identifier of the AIGC task.

    Wire name: ``TaskId``.
    """

    task_type: str | None = None
    """Kind of AIGC task: VideoRedraw or AIDrama.

    Known values (:class:`tencent_mps.enums.AigcTaskListItemTaskType`); others may appear:
    ``VideoRedraw``: video redraw (restyling) task
    ``AIDrama``: ai comic drama task

    Wire name: ``TaskType``.
    """

    task_status: str | None = None
    """Current state of the task, such as PENDING, RUNNING or FINISHED.

    Known values (:class:`tencent_mps.enums.AigcTaskListItemTaskStatus`); others may appear:
    ``PENDING``: waiting to be scheduled
    ``RUNNING``: running
    ``FINISHED``: completed successfully
    ``STOP``: stopped
    ``FAILED``: failed
    ``TIMEOUT``: timed out

    Wire name: ``TaskStatus``.
    """

    create_time: str | None = None
    """Time the task was created, for example 2026-03-20 17:15:31.

    Wire name: ``CreateTime``.
    """

    scheduled_time: str | None = None
    """Time the task started being scheduled.

    Wire name: ``ScheduledTime``.
    """

    finished_time: str | None = None
    """Time the task ended.

    Wire name: ``FinishedTime``.
    """

    urls: list[str] | None = None
    """URLs of the task's result files.

    Wire name: ``Urls``.
    """

    task_result_code: int | None = None
    """Error code of the task execution.

    Wire name: ``TaskResultCode``.
    """

    task_result_msg: str | None = None
    """Error message of the task execution.

    Wire name: ``TaskResultMsg``.
    """

    resolution: str | None = None
    """Resolution of the output video, for example 720p. May be null if unavailable.

    Wire name: ``Resolution``.
    """

    ratio: str | None = None
    """Aspect ratio of the output video, for example 16:9. May be null if unavailable.

    Wire name: ``Ratio``.
    """

    request_body: str | None = None
    """The original task request as a JSON string. May be null if unavailable.

    Wire name: ``RequestBody``.
    """

    task_info: str | None = None
    """Additional task information as a string. May be null if unavailable.

    Wire name: ``TaskInfo``.
    """

    stage: str | None = None
    """Sub-status of the task, for example STAGE_1_FINISHED. May be null if unavailable.

    Wire name: ``Stage``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AigcTaskListItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "TaskId",
        "TaskType",
        "TaskStatus",
        "CreateTime",
        "ScheduledTime",
        "FinishedTime",
        "Urls",
        "TaskResultCode",
        "TaskResultMsg",
        "Resolution",
        "Ratio",
        "RequestBody",
        "TaskInfo",
        "Stage",
    }
)


def _structure(data: Any) -> AigcTaskListItem:
    """Decode one ``AigcTaskListItem`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AigcTaskListItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TaskId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskId", "a string", v)
    o.task_id = v
    v = get("TaskType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskType", "a string", v)
    o.task_type = v
    v = get("TaskStatus")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskStatus", "a string", v)
    o.task_status = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CreateTime", "a string", v)
    o.create_time = v
    v = get("ScheduledTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ScheduledTime", "a string", v)
    o.scheduled_time = v
    v = get("FinishedTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FinishedTime", "a string", v)
    o.finished_time = v
    v = get("Urls")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Urls", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Urls", v, "a string", _d.is_str)
    o.urls = v
    v = get("TaskResultCode")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("TaskResultCode", "an integer", v)
    o.task_result_code = v
    v = get("TaskResultMsg")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskResultMsg", "a string", v)
    o.task_result_msg = v
    v = get("Resolution")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Resolution", "a string", v)
    o.resolution = v
    v = get("Ratio")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Ratio", "a string", v)
    o.ratio = v
    v = get("RequestBody")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("RequestBody", "a string", v)
    o.request_body = v
    v = get("TaskInfo")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskInfo", "a string", v)
    o.task_info = v
    v = get("Stage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Stage", "a string", v)
    o.stage = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AigcTaskListItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.task_id
    if v is not None:
        d["TaskId"] = v
    v = o.task_type
    if v is not None:
        d["TaskType"] = v
    v = o.task_status
    if v is not None:
        d["TaskStatus"] = v
    v = o.create_time
    if v is not None:
        d["CreateTime"] = v
    v = o.scheduled_time
    if v is not None:
        d["ScheduledTime"] = v
    v = o.finished_time
    if v is not None:
        d["FinishedTime"] = v
    v = o.urls
    if v is not None:
        d["Urls"] = list(v)
    v = o.task_result_code
    if v is not None:
        d["TaskResultCode"] = v
    v = o.task_result_msg
    if v is not None:
        d["TaskResultMsg"] = v
    v = o.resolution
    if v is not None:
        d["Resolution"] = v
    v = o.ratio
    if v is not None:
        d["Ratio"] = v
    v = o.request_body
    if v is not None:
        d["RequestBody"] = v
    v = o.task_info
    if v is not None:
        d["TaskInfo"] = v
    v = o.stage
    if v is not None:
        d["Stage"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
