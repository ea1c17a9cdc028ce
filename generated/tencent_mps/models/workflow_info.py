# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``WorkflowInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class WorkflowInfo:
    """Details of a workflow: its trigger, tasks, output, notifications, priority and status.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

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
    """Attribute name -> wire name, for every field."""

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

    create_time: str | None = None
    """Time the workflow was created, in ISO date format.

    Wire name: ``CreateTime``.
    """

    update_time: str | None = None
    """Time the workflow was last modified, in ISO date format.

    Wire name: ``UpdateTime``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkflowInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "WorkflowId",
        "WorkflowName",
        "Status",
        "Trigger",
        "OutputStorage",
        "MediaProcessTask",
        "AiContentReviewTask",
        "AiAnalysisTask",
        "AiRecognitionTask",
        "TaskNotifyConfig",
        "TaskPriority",
        "OutputDir",
        "CreateTime",
        "UpdateTime",
    }
)


def _structure(data: Any) -> WorkflowInfo:
    """Decode one ``WorkflowInfo`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not str:
            raise _d.wrong_type("CreateTime", "a string", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UpdateTime", "a string", v)
    o.update_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: WorkflowInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.workflow_id
    if v is not None:
        d["WorkflowId"] = v
    v = o.workflow_name
    if v is not None:
        d["WorkflowName"] = v
    v = o.status
    if v is not None:
        d["Status"] = v
    v = o.trigger
    if v is not None:
        d["Trigger"] = _d.wire(v)
    v = o.output_storage
    if v is not None:
        d["OutputStorage"] = _d.wire(v)
    v = o.media_process_task
    if v is not None:
        d["MediaProcessTask"] = _d.wire(v)
    v = o.ai_content_review_task
    if v is not None:
        d["AiContentReviewTask"] = _d.wire(v)
    v = o.ai_analysis_task
    if v is not None:
        d["AiAnalysisTask"] = _d.wire(v)
    v = o.ai_recognition_task
    if v is not None:
        d["AiRecognitionTask"] = _d.wire(v)
    v = o.task_notify_config
    if v is not None:
        d["TaskNotifyConfig"] = _d.wire(v)
    v = o.task_priority
    if v is not None:
        d["TaskPriority"] = v
    v = o.output_dir
    if v is not None:
        d["OutputDir"] = v
    v = o.create_time
    if v is not None:
        d["CreateTime"] = v
    v = o.update_time
    if v is not None:
        d["UpdateTime"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
