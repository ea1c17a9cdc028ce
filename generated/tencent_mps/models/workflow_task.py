# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``WorkflowTask``."""

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
class WorkflowTask(Model):
    """Information about a media workflow processing task: its overall state, the source file and
    its metadata, and the status and results of every subtask it ran.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "task_id": "TaskId",
        "status": "Status",
        "err_code": "ErrCode",
        "message": "Message",
        "input_info": "InputInfo",
        "meta_data": "MetaData",
        "media_process_result_set": "MediaProcessResultSet",
        "ai_content_review_result_set": "AiContentReviewResultSet",
        "ai_analysis_result_set": "AiAnalysisResultSet",
        "ai_recognition_result_set": "AiRecognitionResultSet",
        "ai_quality_control_task_result": "AiQualityControlTaskResult",
        "smart_subtitles_task_result": "SmartSubtitlesTaskResult",
        "smart_erase_task_result": "SmartEraseTaskResult",
        "ai_dubbing_task_result": "AiDubbingTaskResult",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "int",
        "str",
        "MediaInputInfo",
        "MediaMetaData",
        "[MediaProcessTaskResult",
        "[AiContentReviewResult",
        "[AiAnalysisResult",
        "[AiRecognitionResult",
        "ScheduleQualityControlTaskResult",
        "[SmartSubtitlesResult",
        "SmartEraseTaskResult",
        "AIDubbingTaskResult",
    )

    task_id: str | None = None
    """ID of the media processing task.

    Wire name: ``TaskId``.
    """

    status: str | None = None
    """Current state of the task flow.

    Known values (:class:`tencent_mps.enums.WorkflowTaskStatus`); others may appear:
    ``PROCESSING``: the workflow is still running
    ``FINISH``: the workflow has completed

    Wire name: ``Status``.
    """

    err_code: int | None = None
    """Non-zero error code returned only when the source itself is faulty; when it is 0, check
    the ErrCode of each individual subtask instead.

    Wire name: ``ErrCode``.
    """

    message: str | None = None
    """Error message for a source-level failure; when the source is fine, refer to the Message
    of each individual subtask.

    Wire name: ``Message``.
    """

    input_info: models.MediaInputInfo | None = None
    """Information about the target (source) file being processed. May be null if unavailable.

    Wire name: ``InputInfo``.
    """

    meta_data: models.MediaMetaData | None = None
    """Metadata of the original source video. May be null if unavailable.

    Wire name: ``MetaData``.
    """

    media_process_result_set: list[models.MediaProcessTaskResult] | None = None
    """Execution status and results of the media processing subtasks (transcoding, snapshots,
    etc.).

    Wire name: ``MediaProcessResultSet``.
    """

    ai_content_review_result_set: list[models.AiContentReviewResult] | None = None
    """Execution status and results of the content moderation subtasks.

    Wire name: ``AiContentReviewResultSet``.
    """

    ai_analysis_result_set: list[models.AiAnalysisResult] | None = None
    """Execution status and results of the content analysis subtasks.

    Wire name: ``AiAnalysisResultSet``.
    """

    ai_recognition_result_set: list[models.AiRecognitionResult] | None = None
    """Execution status and results of the content recognition subtasks.

    Wire name: ``AiRecognitionResultSet``.
    """

    ai_quality_control_task_result: models.ScheduleQualityControlTaskResult | None = None
    """Execution status and result of the media quality inspection subtask. May be null if
    unavailable.

    Wire name: ``AiQualityControlTaskResult``.
    """

    smart_subtitles_task_result: list[models.SmartSubtitlesResult] | None = None
    """Results of the smart subtitle subtasks. May be null if unavailable.

    Wire name: ``SmartSubtitlesTaskResult``.
    """

    smart_erase_task_result: models.SmartEraseTaskResult | None = None
    """Result of the smart erase subtask. May be null if unavailable.

    Wire name: ``SmartEraseTaskResult``.
    """

    ai_dubbing_task_result: models.AIDubbingTaskResult | None = None
    """Execution status and result of the AI dubbing subtask.

    Wire name: ``AiDubbingTaskResult``.
    """


_KNOWN = frozenset(WorkflowTask.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> WorkflowTask:
    """Decode one ``WorkflowTask`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(WorkflowTask)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TaskId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskId", "a string", v)
    o.task_id = v
    v = get("Status")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Status", "a string", v)
    o.status = v
    v = get("ErrCode")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ErrCode", "an integer", v)
    o.err_code = v
    v = get("Message")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Message", "a string", v)
    o.message = v
    v = get("InputInfo")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("InputInfo") from None
    o.input_info = v
    v = get("MetaData")
    if v is not None:
        n += 1
        try:
            v = _S["MediaMetaData"](v)
        except DecodeError as e:
            raise e.with_prefix("MetaData") from None
    o.meta_data = v
    v = get("MediaProcessResultSet")
    if v is not None:
        n += 1
        v = _d.objects("MediaProcessResultSet", v, _S["MediaProcessTaskResult"])
    o.media_process_result_set = v
    v = get("AiContentReviewResultSet")
    if v is not None:
        n += 1
        v = _d.objects("AiContentReviewResultSet", v, _S["AiContentReviewResult"])
    o.ai_content_review_result_set = v
    v = get("AiAnalysisResultSet")
    if v is not None:
        n += 1
        v = _d.objects("AiAnalysisResultSet", v, _S["AiAnalysisResult"])
    o.ai_analysis_result_set = v
    v = get("AiRecognitionResultSet")
    if v is not None:
        n += 1
        v = _d.objects("AiRecognitionResultSet", v, _S["AiRecognitionResult"])
    o.ai_recognition_result_set = v
    v = get("AiQualityControlTaskResult")
    if v is not None:
        n += 1
        try:
            v = _S["ScheduleQualityControlTaskResult"](v)
        except DecodeError as e:
            raise e.with_prefix("AiQualityControlTaskResult") from None
    o.ai_quality_control_task_result = v
    v = get("SmartSubtitlesTaskResult")
    if v is not None:
        n += 1
        v = _d.objects("SmartSubtitlesTaskResult", v, _S["SmartSubtitlesResult"])
    o.smart_subtitles_task_result = v
    v = get("SmartEraseTaskResult")
    if v is not None:
        n += 1
        try:
            v = _S["SmartEraseTaskResult"](v)
        except DecodeError as e:
            raise e.with_prefix("SmartEraseTaskResult") from None
    o.smart_erase_task_result = v
    v = get("AiDubbingTaskResult")
    if v is not None:
        n += 1
        try:
            v = _S["AIDubbingTaskResult"](v)
        except DecodeError as e:
            raise e.with_prefix("AiDubbingTaskResult") from None
    o.ai_dubbing_task_result = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(WorkflowTask, _structure)
