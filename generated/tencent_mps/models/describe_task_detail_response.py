# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeTaskDetailResponse``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model
from tencent_mps_core.resultview import TaskView

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeTaskDetailResponse(Model, TaskView):
    """Response of DescribeTaskDetail: the overall type, status and timing of a task plus the
    detailed information block matching its task type.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "task_type": "TaskType",
        "status": "Status",
        "create_time": "CreateTime",
        "begin_process_time": "BeginProcessTime",
        "finish_time": "FinishTime",
        "edit_media_task": "EditMediaTask",
        "workflow_task": "WorkflowTask",
        "live_stream_process_task": "LiveStreamProcessTask",
        "extract_blind_watermark_task": "ExtractBlindWatermarkTask",
        "task_notify_config": "TaskNotifyConfig",
        "tasks_priority": "TasksPriority",
        "session_id": "SessionId",
        "session_context": "SessionContext",
        "ext_info": "ExtInfo",
        "schedule_task": "ScheduleTask",
        "live_schedule_task": "LiveScheduleTask",
        "request_id": "RequestId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "datetime",
        "datetime",
        "datetime",
        "EditMediaTask",
        "WorkflowTask",
        "LiveStreamProcessTask",
        "ExtractBlindWatermarkTask",
        "TaskNotifyConfig",
        "int",
        "str",
        "str",
        "str",
        "ScheduleTask",
        "LiveScheduleTask",
        "str",
    )

    TASK_FIELDS: ClassVar[Mapping[str, str]] = {
        "WorkflowTask": "workflow_task",
        "EditMediaTask": "edit_media_task",
        "LiveStreamProcessTask": "live_stream_process_task",
        "ScheduleTask": "schedule_task",
        "LiveScheduleTask": "live_schedule_task",
        "ExtractBlindWatermark": "extract_blind_watermark_task",
    }
    """``TaskType`` value -> the attribute holding that kind of task."""

    task_type: str | None = None
    """Kind of task being described; it determines which of the task-detail fields is
    populated.

    Known values (:class:`tencent_mps.enums.TaskType`); others may appear:
    ``WorkflowTask``: video workflow processing task
    ``EditMediaTask``: video editing task
    ``LiveStreamProcessTask``: live stream processing task
    ``ScheduleTask``: orchestration (schedule) processing task
    ``EvaluationTask``: evaluation task

    Wire name: ``TaskType``.
    """

    status: str | None = None
    """Current state of the task.

    Known values (:class:`tencent_mps.enums.TaskStatus`); others may appear:
    ``WAITING``: queued, not yet started
    ``PROCESSING``: being processed
    ``FINISH``: completed

    Wire name: ``Status``.
    """

    create_time: datetime | None = None
    """Time the task was created, in ISO 8601 date-time format (UTC), e.g.
    2019-07-16T06:21:28Z.

    Wire name: ``CreateTime``.
    """

    begin_process_time: datetime | None = None
    """Time the task started executing, in ISO 8601 date-time format (UTC), e.g.
    2019-07-16T06:21:28Z.

    Wire name: ``BeginProcessTime``.
    """

    finish_time: datetime | None = None
    """Time the task finished executing, in ISO 8601 date-time format (UTC), e.g.
    2019-07-16T06:21:28Z.

    Wire name: ``FinishTime``.
    """

    edit_media_task: models.EditMediaTask | None = None
    """Details of a video editing task; only filled in when TaskType is EditMediaTask. May be
    null if unavailable.

    Wire name: ``EditMediaTask``.
    """

    workflow_task: models.WorkflowTask | None = None
    """Details of a video workflow processing task; only filled in when TaskType is
    WorkflowTask. May be null if unavailable.

    Wire name: ``WorkflowTask``.
    """

    live_stream_process_task: models.LiveStreamProcessTask | None = None
    """Details of a live stream processing task; only filled in when TaskType is
    LiveStreamProcessTask. May be null if unavailable.

    Wire name: ``LiveStreamProcessTask``.
    """

    extract_blind_watermark_task: models.ExtractBlindWatermarkTask | None = None
    """Details of a digital (blind) watermark extraction task; only filled in when TaskType is
    ExtractBlindWatermark.

    Wire name: ``ExtractBlindWatermarkTask``.
    """

    task_notify_config: models.TaskNotifyConfig | None = None
    """Event notification (callback) settings attached to the task. May be null if unavailable.

    Wire name: ``TaskNotifyConfig``.
    """

    tasks_priority: int | None = None
    """Priority of the task flow, an integer from -10 to 10.

    Wire name: ``TasksPriority``.
    """

    session_id: str | None = None
    """Deduplication identifier: a request carrying an ID already used within the last 7 days
    is rejected with an error. Up to 50 characters; empty or absent means no deduplication.

    Wire name: ``SessionId``.
    """

    session_context: str | None = None
    """Caller-defined context passed through unchanged and echoed back in task status
    callbacks. Up to 1000 characters.

    Wire name: ``SessionContext``.
    """

    ext_info: str | None = None
    """Extension information, used only in certain special scenarios.

    Wire name: ``ExtInfo``.
    """

    schedule_task: models.ScheduleTask | None = None
    """Details of an orchestration (schedule) processing task; only filled in when TaskType is
    ScheduleTask. May be null if unavailable.

    Wire name: ``ScheduleTask``.
    """

    live_schedule_task: models.LiveScheduleTask | None = None
    """Details of a live stream orchestration task; only filled in when TaskType is
    LiveScheduleTask. May be null if unavailable.

    Wire name: ``LiveScheduleTask``.
    """

    request_id: str | None = None
    """Unique ID generated by the server for this request and returned with every response;
    provide it when troubleshooting. Absent if the request never reached the server.

    Wire name: ``RequestId``.
    """


_KNOWN = frozenset(DescribeTaskDetailResponse.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeTaskDetailResponse:
    """Decode one ``DescribeTaskDetailResponse`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeTaskDetailResponse)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TaskType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskType", "a string", v)
    o.task_type = v
    v = get("Status")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Status", "a string", v)
    o.status = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        v = _t.decode("CreateTime", v)
    o.create_time = v
    v = get("BeginProcessTime")
    if v is not None:
        n += 1
        v = _t.decode("BeginProcessTime", v)
    o.begin_process_time = v
    v = get("FinishTime")
    if v is not None:
        n += 1
        v = _t.decode("FinishTime", v)
    o.finish_time = v
    v = get("EditMediaTask")
    if v is not None:
        n += 1
        try:
            v = _S["EditMediaTask"](v)
        except DecodeError as e:
            raise e.with_prefix("EditMediaTask") from None
    o.edit_media_task = v
    v = get("WorkflowTask")
    if v is not None:
        n += 1
        try:
            v = _S["WorkflowTask"](v)
        except DecodeError as e:
            raise e.with_prefix("WorkflowTask") from None
    o.workflow_task = v
    v = get("LiveStreamProcessTask")
    if v is not None:
        n += 1
        try:
            v = _S["LiveStreamProcessTask"](v)
        except DecodeError as e:
            raise e.with_prefix("LiveStreamProcessTask") from None
    o.live_stream_process_task = v
    v = get("ExtractBlindWatermarkTask")
    if v is not None:
        n += 1
        try:
            v = _S["ExtractBlindWatermarkTask"](v)
        except DecodeError as e:
            raise e.with_prefix("ExtractBlindWatermarkTask") from None
    o.extract_blind_watermark_task = v
    v = get("TaskNotifyConfig")
    if v is not None:
        n += 1
        try:
            v = _S["TaskNotifyConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("TaskNotifyConfig") from None
    o.task_notify_config = v
    v = get("TasksPriority")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("TasksPriority", "an integer", v)
    o.tasks_priority = v
    v = get("SessionId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SessionId", "a string", v)
    o.session_id = v
    v = get("SessionContext")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SessionContext", "a string", v)
    o.session_context = v
    v = get("ExtInfo")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ExtInfo", "a string", v)
    o.ext_info = v
    v = get("ScheduleTask")
    if v is not None:
        n += 1
        try:
            v = _S["ScheduleTask"](v)
        except DecodeError as e:
            raise e.with_prefix("ScheduleTask") from None
    o.schedule_task = v
    v = get("LiveScheduleTask")
    if v is not None:
        n += 1
        try:
            v = _S["LiveScheduleTask"](v)
        except DecodeError as e:
            raise e.with_prefix("LiveScheduleTask") from None
    o.live_schedule_task = v
    v = get("RequestId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("RequestId", "a string", v)
    o.request_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeTaskDetailResponse, _structure)
