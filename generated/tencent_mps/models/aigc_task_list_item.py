# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AigcTaskListItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AigcTaskListItem(Model):
    """Details of one AIGC task as listed by DescribeAigcTaskList."""

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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "[str",
        "int",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
    )

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


_KNOWN = frozenset(AigcTaskListItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AigcTaskListItem:
    """Decode one ``AigcTaskListItem`` wire object: the straight-line decoder of this model."""
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
        v = _d.str_list("Urls", v)
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


bind(AigcTaskListItem, _structure)
