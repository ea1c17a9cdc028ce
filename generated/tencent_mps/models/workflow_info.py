# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``WorkflowInfo``."""

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

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class WorkflowInfo(Model):
    """Details of a workflow: its trigger, tasks, output, notifications, priority and status."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "workflow_id": "WorkflowId",
        "workflow_name": "WorkflowName",
        "status": "Status",
        "trigger": "Trigger",
        "output_storage": "OutputStorage",
        "media_process_task": "MediaProcessTask",
        "ai_content_review_task": "AiContentReviewTask",
        "ai_analysis_task": "AiAnalysisTask",
        "ai_recognition_task": "AiRecognitionTask",
        "task_notify_config": "TaskNotifyConfig",
        "task_priority": "TaskPriority",
        "output_dir": "OutputDir",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "str",
        "WorkflowTrigger",
        "TaskOutputStorage",
        "MediaProcessTaskInput",
        "AiContentReviewTaskInput",
        "AiAnalysisTaskInput",
        "AiRecognitionTaskInput",
        "TaskNotifyConfig",
        "int",
        "str",
        "datetime",
        "datetime",
    )

    workflow_id: int | None = None
    """Unique ID of the workflow.

    Wire name: ``WorkflowId``.
    """

    workflow_name: str | None = None
    """Name given to the workflow, unique per user.

    Wire name: ``WorkflowName``.
    """

    status: str | None = None
    """Workflow status: Enabled or Disabled.

    Known values (:class:`tencent_mps.enums.EnabledStatus`); others may appear:
    ``Enabled``: enabled
    ``Disabled``: disabled

    Wire name: ``Status``.
    """

    trigger: models.WorkflowTrigger | None = None
    """Input rule bound to the workflow; an uploaded file that matches it starts the workflow.

    Wire name: ``Trigger``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Storage for the output files.

    Wire name: ``OutputStorage``.
    """

    media_process_task: models.MediaProcessTaskInput | None = None
    """Parameters of the media processing tasks.

    Wire name: ``MediaProcessTask``.
    """

    ai_content_review_task: models.AiContentReviewTaskInput | None = None
    """Parameters of the content moderation task. May be null if unavailable.

    Wire name: ``AiContentReviewTask``.
    """

    ai_analysis_task: models.AiAnalysisTaskInput | None = None
    """Parameters of the content analysis task. May be null if unavailable.

    Wire name: ``AiAnalysisTask``.
    """

    ai_recognition_task: models.AiRecognitionTaskInput | None = None
    """Parameters of the content recognition task. May be null if unavailable.

    Wire name: ``AiRecognitionTask``.
    """

    task_notify_config: models.TaskNotifyConfig | None = None
    """Event notification settings of the task; empty means no notifications.

    Wire name: ``TaskNotifyConfig``.
    """

    task_priority: int | None = None
    """Priority of the task flow from -10 to 10; larger values run first. Defaults to 0.

    Wire name: ``TaskPriority``.
    """

    output_dir: str | None = None
    """Target directory of the output files, for example /movie/201907/.

    Wire name: ``OutputDir``.
    """

    create_time: datetime | None = None
    """Time the workflow was created, in ISO date format.

    Wire name: ``CreateTime``.
    """

    update_time: datetime | None = None
    """Time the workflow was last modified, in ISO date format.

    Wire name: ``UpdateTime``.
    """


_KNOWN = frozenset(WorkflowInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> WorkflowInfo:
    """Decode one ``WorkflowInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(WorkflowInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("WorkflowId")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("WorkflowId", "an integer", v)
    o.workflow_id = v
    v = get("WorkflowName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("WorkflowName", "a string", v)
    o.workflow_name = v
    v = get("Status")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Status", "a string", v)
    o.status = v
    v = get("Trigger")
    if v is not None:
        n += 1
        try:
            v = _S["WorkflowTrigger"](v)
        except DecodeError as e:
            raise e.with_prefix("Trigger") from None
    o.trigger = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    v = get("MediaProcessTask")
    if v is not None:
        n += 1
        try:
            v = _S["MediaProcessTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("MediaProcessTask") from None
    o.media_process_task = v
    v = get("AiContentReviewTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiContentReviewTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("AiContentReviewTask") from None
    o.ai_content_review_task = v
    v = get("AiAnalysisTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("AiAnalysisTask") from None
    o.ai_analysis_task = v
    v = get("AiRecognitionTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiRecognitionTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("AiRecognitionTask") from None
    o.ai_recognition_task = v
    v = get("TaskNotifyConfig")
    if v is not None:
        n += 1
        try:
            v = _S["TaskNotifyConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("TaskNotifyConfig") from None
    o.task_notify_config = v
    v = get("TaskPriority")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("TaskPriority", "an integer", v)
    o.task_priority = v
    v = get("OutputDir")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputDir", "a string", v)
    o.output_dir = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        v = _t.decode("CreateTime", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        v = _t.decode("UpdateTime", v)
    o.update_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(WorkflowInfo, _structure)
