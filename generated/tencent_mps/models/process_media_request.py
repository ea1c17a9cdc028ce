# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ProcessMediaRequest``: the model and its codecs."""

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
class ProcessMediaRequest:
    """Request of ProcessMedia, which starts processing of a media file with media processing, AI,
    subtitle, erase or dubbing tasks, or with an orchestration.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_info": "InputInfo",
        "output_storage": "OutputStorage",
        "output_dir": "OutputDir",
        "schedule_id": "ScheduleId",
        "media_process_task": "MediaProcessTask",
        "ai_content_review_task": "AiContentReviewTask",
        "ai_analysis_task": "AiAnalysisTask",
        "ai_recognition_task": "AiRecognitionTask",
        "ai_quality_control_task": "AiQualityControlTask",
        "smart_subtitles_task": "SmartSubtitlesTask",
        "smart_erase_task": "SmartEraseTask",
        "ai_dubbing_task": "AIDubbingTask",
        "task_notify_config": "TaskNotifyConfig",
        "tasks_priority": "TasksPriority",
        "session_id": "SessionId",
        "session_context": "SessionContext",
        "task_type": "TaskType",
        "resource_id": "ResourceId",
        "activities": "Activities",
        "skip_mate_data": "SkipMateData",
    }
    """Attribute name -> wire name, for every field."""

    input_info: models.MediaInputInfo | None = None
    """Input file to be processed.

    Required in requests.

    Wire name: ``InputInfo``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Target storage for output files; defaults to the storage of InputInfo. Required when
    InputInfo.Type is URL.

    Wire name: ``OutputStorage``.
    """

    output_dir: str | None = None
    """Target directory for generated files; must start and end with /, e.g. /movie/201907/.
    Defaults to the directory of the input file.

    Wire name: ``OutputDir``.
    """

    schedule_id: int | None = None
    """ID of the orchestration to run. Output settings of an orchestration node take precedence
    over OutputStorage and OutputDir of this request, which in turn override the
    orchestration defaults; TaskNotifyConfig here overrides the orchestration callback.
    Triggers of the orchestration are ignored for manual requests.

    Wire name: ``ScheduleId``.
    """

    media_process_task: models.MediaProcessTaskInput | None = None
    """Parameters of media processing tasks such as transcoding and snapshots.

    Wire name: ``MediaProcessTask``.
    """

    ai_content_review_task: models.AiContentReviewTaskInput | None = None
    """Parameters of a video content moderation task.

    Wire name: ``AiContentReviewTask``.
    """

    ai_analysis_task: models.AiAnalysisTaskInput | None = None
    """Parameters of a video content analysis task.

    Wire name: ``AiAnalysisTask``.
    """

    ai_recognition_task: models.AiRecognitionTaskInput | None = None
    """Parameters of a video content recognition task.

    Wire name: ``AiRecognitionTask``.
    """

    ai_quality_control_task: models.AiQualityControlTaskInput | None = None
    """Parameters of a media quality inspection task.

    Wire name: ``AiQualityControlTask``.
    """

    smart_subtitles_task: models.SmartSubtitlesTaskInput | None = None
    """Parameters of a smart subtitle task.

    Wire name: ``SmartSubtitlesTask``.
    """

    smart_erase_task: models.SmartEraseTaskInput | None = None
    """Parameters of a smart erase task.

    Wire name: ``SmartEraseTask``.
    """

    ai_dubbing_task: models.AIDubbingTaskInput | None = None
    """Parameters of an AI dubbing task.

    Wire name: ``AIDubbingTask``.
    """

    task_notify_config: models.TaskNotifyConfig | None = None
    """Event notification settings of the task; leave empty to receive no notifications.

    Wire name: ``TaskNotifyConfig``.
    """

    tasks_priority: int | None = None
    """Priority of the task flow, from -10 to 10; higher values run first. Defaults to 0.

    Wire name: ``TasksPriority``.
    """

    session_id: str | None = None
    """Deduplication identifier: a request carrying an ID already used within the last 3 days
    is rejected with an error. Up to 50 characters; empty or absent means no deduplication.

    Wire name: ``SessionId``.
    """

    session_context: str | None = None
    """Caller-defined context passed through unchanged and echoed back in task status
    callbacks. Up to 1000 characters.

    Wire name: ``SessionContext``.
    """

    task_type: str | None = None
    """Scheduling type of the task; defaults to Online.

    Known values (:class:`tencent_mps.enums.ProcessMediaRequestTaskType`); others may appear:
    ``Online``: real-time task (default)
    ``Offline``: idle-time task with no timeliness guarantee, normally done within 3 days

    Wire name: ``TaskType``.
    """

    resource_id: str | None = None
    """ID of the resource to use, which must be enabled. Defaults to the main resource ID of
    the account.

    Wire name: ``ResourceId``.
    """

    activities: list[models.Activity] | None = None
    """Orchestration activities to run. When set, ScheduleId is ignored.

    Wire name: ``Activities``.
    """

    skip_mate_data: int | None = None
    """Whether to skip reading the metadata of the input file. Defaults to 0.

    Known values; others may appear:
    ``0``: read metadata (default)
    ``1``: skip reading metadata

    Wire name: ``SkipMateData``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProcessMediaRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "InputInfo",
        "OutputStorage",
        "OutputDir",
        "ScheduleId",
        "MediaProcessTask",
        "AiContentReviewTask",
        "AiAnalysisTask",
        "AiRecognitionTask",
        "AiQualityControlTask",
        "SmartSubtitlesTask",
        "SmartEraseTask",
        "AIDubbingTask",
        "TaskNotifyConfig",
        "TasksPriority",
        "SessionId",
        "SessionContext",
        "TaskType",
        "ResourceId",
        "Activities",
        "SkipMateData",
    }
)


def _structure(data: Any) -> ProcessMediaRequest:
    """Decode one ``ProcessMediaRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ProcessMediaRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("InputInfo")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("InputInfo") from None
    o.input_info = v
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
    v = get("ScheduleId")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ScheduleId", "an integer", v)
    o.schedule_id = v
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
    v = get("AiQualityControlTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiQualityControlTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("AiQualityControlTask") from None
    o.ai_quality_control_task = v
    v = get("SmartSubtitlesTask")
    if v is not None:
        n += 1
        try:
            v = _S["SmartSubtitlesTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("SmartSubtitlesTask") from None
    o.smart_subtitles_task = v
    v = get("SmartEraseTask")
    if v is not None:
        n += 1
        try:
            v = _S["SmartEraseTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("SmartEraseTask") from None
    o.smart_erase_task = v
    v = get("AIDubbingTask")
    if v is not None:
        n += 1
        try:
            v = _S["AIDubbingTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("AIDubbingTask") from None
    o.ai_dubbing_task = v
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
    v = get("TaskType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskType", "a string", v)
    o.task_type = v
    v = get("ResourceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ResourceId", "a string", v)
    o.resource_id = v
    v = get("Activities")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Activities", "an array", v)
        if v:
            f = _S["Activity"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Activities", v, f) from None
        else:
            v = []
    o.activities = v
    v = get("SkipMateData")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SkipMateData", "an integer", v)
    o.skip_mate_data = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ProcessMediaRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.input_info
    if v is not None:
        d["InputInfo"] = _d.wire(v)
    v = o.output_storage
    if v is not None:
        d["OutputStorage"] = _d.wire(v)
    v = o.output_dir
    if v is not None:
        d["OutputDir"] = v
    v = o.schedule_id
    if v is not None:
        d["ScheduleId"] = v
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
    v = o.ai_quality_control_task
    if v is not None:
        d["AiQualityControlTask"] = _d.wire(v)
    v = o.smart_subtitles_task
    if v is not None:
        d["SmartSubtitlesTask"] = _d.wire(v)
    v = o.smart_erase_task
    if v is not None:
        d["SmartEraseTask"] = _d.wire(v)
    v = o.ai_dubbing_task
    if v is not None:
        d["AIDubbingTask"] = _d.wire(v)
    v = o.task_notify_config
    if v is not None:
        d["TaskNotifyConfig"] = _d.wire(v)
    v = o.tasks_priority
    if v is not None:
        d["TasksPriority"] = v
    v = o.session_id
    if v is not None:
        d["SessionId"] = v
    v = o.session_context
    if v is not None:
        d["SessionContext"] = v
    v = o.task_type
    if v is not None:
        d["TaskType"] = v
    v = o.resource_id
    if v is not None:
        d["ResourceId"] = v
    v = o.activities
    if v is not None:
        d["Activities"] = [_d.wire(x) for x in v]
    v = o.skip_mate_data
    if v is not None:
        d["SkipMateData"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ProcessMediaRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ProcessMediaRequest:
        o = _e.as_model(o, ProcessMediaRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.input_info
    if v is None:
        raise _e.missing("InputInfo", "an object")
    try:
        d["InputInfo"] = _R["MediaInputInfo"](v)
    except ValidationError as e:
        raise e.with_prefix("InputInfo") from None
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
    v = o.schedule_id
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("ScheduleId", v)
        d["ScheduleId"] = v
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
    v = o.ai_quality_control_task
    if v is not None:
        try:
            d["AiQualityControlTask"] = _R["AiQualityControlTaskInput"](v)
        except ValidationError as e:
            raise e.with_prefix("AiQualityControlTask") from None
    v = o.smart_subtitles_task
    if v is not None:
        try:
            d["SmartSubtitlesTask"] = _R["SmartSubtitlesTaskInput"](v)
        except ValidationError as e:
            raise e.with_prefix("SmartSubtitlesTask") from None
    v = o.smart_erase_task
    if v is not None:
        try:
            d["SmartEraseTask"] = _R["SmartEraseTaskInput"](v)
        except ValidationError as e:
            raise e.with_prefix("SmartEraseTask") from None
    v = o.ai_dubbing_task
    if v is not None:
        try:
            d["AIDubbingTask"] = _R["AIDubbingTaskInput"](v)
        except ValidationError as e:
            raise e.with_prefix("AIDubbingTask") from None
    v = o.task_notify_config
    if v is not None:
        try:
            d["TaskNotifyConfig"] = _R["TaskNotifyConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("TaskNotifyConfig") from None
    v = o.tasks_priority
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("TasksPriority", v)
        d["TasksPriority"] = v
    v = o.session_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SessionId", v)
        d["SessionId"] = v
    v = o.session_context
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SessionContext", v)
        d["SessionContext"] = v
    v = o.task_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("TaskType", v)
        d["TaskType"] = v
    v = o.resource_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ResourceId", v)
        d["ResourceId"] = v
    v = o.activities
    if v is not None:
        d["Activities"] = _e.models("Activities", v, _R["Activity"])
    v = o.skip_mate_data
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("SkipMateData", v)
        d["SkipMateData"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
