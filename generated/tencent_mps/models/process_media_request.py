# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ProcessMediaRequest`` (sent in requests)."""

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
class ProcessMediaRequest(Model):
    """Request of ProcessMedia, which starts processing of a media file with media processing, AI,
    subtitle, erase or dubbing tasks, or with an orchestration.
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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "MediaInputInfo!",
        "TaskOutputStorage",
        "str",
        "int",
        "MediaProcessTaskInput",
        "AiContentReviewTaskInput",
        "AiAnalysisTaskInput",
        "AiRecognitionTaskInput",
        "AiQualityControlTaskInput",
        "SmartSubtitlesTaskInput",
        "SmartEraseTaskInput",
        "AIDubbingTaskInput",
        "TaskNotifyConfig",
        "int",
        "str",
        "str",
        "str",
        "str",
        "[Activity",
        "int",
    )

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


_KNOWN = frozenset(ProcessMediaRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ProcessMediaRequest:
    """Decode one ``ProcessMediaRequest`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("Activities", v, _S["Activity"])
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


bind(ProcessMediaRequest, _structure)
