# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateWorkflowRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateWorkflowRequest(Model):
    """Request of CreateWorkflow: the name, trigger, output location, processing and AI tasks,
    notifications and priority of the new workflow.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "workflow_name": "WorkflowName",
        "trigger": "Trigger",
        "output_storage": "OutputStorage",
        "output_dir": "OutputDir",
        "media_process_task": "MediaProcessTask",
        "ai_content_review_task": "AiContentReviewTask",
        "ai_analysis_task": "AiAnalysisTask",
        "ai_recognition_task": "AiRecognitionTask",
        "task_notify_config": "TaskNotifyConfig",
        "task_priority": "TaskPriority",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "WorkflowTrigger!",
        "TaskOutputStorage",
        "str",
        "MediaProcessTaskInput",
        "AiContentReviewTaskInput",
        "AiAnalysisTaskInput",
        "AiRecognitionTaskInput",
        "TaskNotifyConfig",
        "int",
    )

    workflow_name: str | None = None
    """Name of the workflow, up to 128 characters and unique per user.

    Required in requests.

    Wire name: ``WorkflowName``.
    """

    trigger: models.WorkflowTrigger | None = None
    """Trigger rule of the workflow; an uploaded file that matches it starts the workflow.

    Required in requests.

    Wire name: ``Trigger``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Storage for the output files; inherits the storage of Trigger when empty.

    Wire name: ``OutputStorage``.
    """

    output_dir: str | None = None
    """Output directory, starting and ending with /, for example /movie/201907/. Defaults to
    the directory of the triggering file.

    Wire name: ``OutputDir``.
    """

    media_process_task: models.MediaProcessTaskInput | None = None
    """Parameters of the media processing tasks.

    Wire name: ``MediaProcessTask``.
    """

    ai_content_review_task: models.AiContentReviewTaskInput | None = None
    """Parameters of the content moderation task.

    Wire name: ``AiContentReviewTask``.
    """

    ai_analysis_task: models.AiAnalysisTaskInput | None = None
    """Parameters of the content analysis task.

    Wire name: ``AiAnalysisTask``.
    """

    ai_recognition_task: models.AiRecognitionTaskInput | None = None
    """Parameters of the content recognition task.

    Wire name: ``AiRecognitionTask``.
    """

    task_notify_config: models.TaskNotifyConfig | None = None
    """Event notification settings of the task; no notifications are sent when empty.

    Wire name: ``TaskNotifyConfig``.
    """

    task_priority: int | None = None
    """Workflow priority from -10 to 10; larger values run first. Defaults to 0.

    Wire name: ``TaskPriority``.
    """


_KNOWN = frozenset(CreateWorkflowRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateWorkflowRequest:
    """Decode one ``CreateWorkflowRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateWorkflowRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("WorkflowName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("WorkflowName", "a string", v)
    o.workflow_name = v
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
    v = get("OutputDir")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputDir", "a string", v)
    o.output_dir = v
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateWorkflowRequest, _structure)
