# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ResetWorkflowRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ResetWorkflowRequest:
    """Request of ResetWorkflow: the ID of a disabled workflow and its complete new configuration.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "workflow_id": "WorkflowId",
        "workflow_name": "WorkflowName",
        "trigger": "Trigger",
        "output_storage": "OutputStorage",
        "output_dir": "OutputDir",
        "media_process_task": "MediaProcessTask",
        "ai_content_review_task": "AiContentReviewTask",
        "ai_analysis_task": "AiAnalysisTask",
        "ai_recognition_task": "AiRecognitionTask",
        "task_priority": "TaskPriority",
        "task_notify_config": "TaskNotifyConfig",
    }
    """Attribute name -> wire name, for every field."""

    workflow_id: int | None = None
    """ID of the workflow to reset.

    Required in requests.

    Wire name: ``WorkflowId``.
    """

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
    """Output storage of the processed files; inherits the storage of Trigger when empty.

    Wire name: ``OutputStorage``.
    """

    output_dir: str | None = None
    """Output directory, starting and ending with /, for example /movie/201907/. Defaults to
    the directory of the triggering file, {inputDir}.

    Wire name: ``OutputDir``.
    """

    media_process_task: models.MediaProcessTaskInput | None = None
    """Parameters of the video processing tasks.

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

    task_priority: int | None = None
    """Workflow priority from -10 to 10; larger values run first. Defaults to 0.

    Wire name: ``TaskPriority``.
    """

    task_notify_config: models.TaskNotifyConfig | None = None
    """Event notification settings of the task; no notifications are sent when empty.

    Wire name: ``TaskNotifyConfig``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ResetWorkflowRequest:
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
        "Trigger",
        "OutputStorage",
        "OutputDir",
        "MediaProcessTask",
        "AiContentReviewTask",
        "AiAnalysisTask",
        "AiRecognitionTask",
        "TaskPriority",
        "TaskNotifyConfig",
    }
)


def _structure(data: Any) -> ResetWorkflowRequest:
    """Decode one ``ResetWorkflowRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ResetWorkflowRequest)
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
    v = get("TaskPriority")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("TaskPriority", "an integer", v)
    o.task_priority = v
    v = get("TaskNotifyConfig")
    if v is not None:
        n += 1
        try:
            v = _S["TaskNotifyConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("TaskNotifyConfig") from None
    o.task_notify_config = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ResetWorkflowRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.workflow_id
    if v is not None:
        d["WorkflowId"] = v
    v = o.workflow_name
    if v is not None:
        d["WorkflowName"] = v
    v = o.trigger
    if v is not None:
        d["Trigger"] = _d.wire(v)
    v = o.output_storage
    if v is not None:
        d["OutputStorage"] = _d.wire(v)
    v = o.output_dir
    if v is not None:
        d["OutputDir"] = v
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
    v = o.task_priority
    if v is not None:
        d["TaskPriority"] = v
    v = o.task_notify_config
    if v is not None:
        d["TaskNotifyConfig"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ResetWorkflowRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ResetWorkflowRequest:
        o = _e.as_model(o, ResetWorkflowRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.workflow_id
    if v is None:
        raise _e.missing("WorkflowId", "an integer")
    if type(v) is not int:
        v = _e.as_int("WorkflowId", v)
    d["WorkflowId"] = v
    v = o.workflow_name
    if v is None:
        raise _e.missing("WorkflowName", "a string")
    if type(v) is not str:
        v = _e.as_str("WorkflowName", v)
    d["WorkflowName"] = v
    v = o.trigger
    if v is None:
        raise _e.missing("Trigger", "an object")
    try:
        d["Trigger"] = _R["WorkflowTrigger"](v)
    except ValidationError as e:
        raise e.with_prefix("Trigger") from None
    v = o.output_storage
    if v is not None:
        try:
            d["OutputStorage"] = _R["TaskOutputStorage"](v)
        except ValidationError as e:
            raise e.with_prefix("OutputStorage") from None
    v = o.output_dir
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("OutputDir", v)
        d["OutputDir"] = v
    v = o.media_process_task
    if v is not None:
        try:
            d["MediaProcessTask"] = _R["MediaProcessTaskInput"](v)
        except ValidationError as e:
            raise e.with_prefix("MediaProcessTask") from None
    v = o.ai_content_review_task
    if v is not None:
        try:
            d["AiContentReviewTask"] = _R["AiContentReviewTaskInput"](v)
        except ValidationError as e:
            raise e.with_prefix("AiContentReviewTask") from None
    v = o.ai_analysis_task
    if v is not None:
        try:
            d["AiAnalysisTask"] = _R["AiAnalysisTaskInput"](v)
        except ValidationError as e:
            raise e.with_prefix("AiAnalysisTask") from None
    v = o.ai_recognition_task
    if v is not None:
        try:
            d["AiRecognitionTask"] = _R["AiRecognitionTaskInput"](v)
        except ValidationError as e:
            raise e.with_prefix("AiRecognitionTask") from None
    v = o.task_priority
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("TaskPriority", v)
        d["TaskPriority"] = v
    v = o.task_notify_config
    if v is not None:
        try:
            d["TaskNotifyConfig"] = _R["TaskNotifyConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("TaskNotifyConfig") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
