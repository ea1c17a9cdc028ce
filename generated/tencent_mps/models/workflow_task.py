# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``WorkflowTask``: the model and its codecs."""

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
class WorkflowTask:
    """Information about a media workflow processing task: its overall state, the source file and
    its metadata, and the status and results of every subtask it ran.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkflowTask:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "TaskId",
        "Status",
        "ErrCode",
        "Message",
        "InputInfo",
        "MetaData",
        "MediaProcessResultSet",
        "AiContentReviewResultSet",
        "AiAnalysisResultSet",
        "AiRecognitionResultSet",
        "AiQualityControlTaskResult",
        "SmartSubtitlesTaskResult",
        "SmartEraseTaskResult",
        "AiDubbingTaskResult",
    }
)


def _structure(data: Any) -> WorkflowTask:
    """Decode one ``WorkflowTask`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("MediaProcessResultSet", "an array", v)
        if v:
            f = _S["MediaProcessTaskResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("MediaProcessResultSet", v, f) from None
        else:
            v = []
    o.media_process_result_set = v
    v = get("AiContentReviewResultSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("AiContentReviewResultSet", "an array", v)
        if v:
            f = _S["AiContentReviewResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("AiContentReviewResultSet", v, f) from None
        else:
            v = []
    o.ai_content_review_result_set = v
    v = get("AiAnalysisResultSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("AiAnalysisResultSet", "an array", v)
        if v:
            f = _S["AiAnalysisResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("AiAnalysisResultSet", v, f) from None
        else:
            v = []
    o.ai_analysis_result_set = v
    v = get("AiRecognitionResultSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("AiRecognitionResultSet", "an array", v)
        if v:
            f = _S["AiRecognitionResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("AiRecognitionResultSet", v, f) from None
        else:
            v = []
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
        if type(v) is not list:
            raise _d.wrong_type("SmartSubtitlesTaskResult", "an array", v)
        if v:
            f = _S["SmartSubtitlesResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("SmartSubtitlesTaskResult", v, f) from None
        else:
            v = []
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


def _unstructure(o: WorkflowTask) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.task_id
    if v is not None:
        d["TaskId"] = v
    v = o.status
    if v is not None:
        d["Status"] = v
    v = o.err_code
    if v is not None:
        d["ErrCode"] = v
    v = o.message
    if v is not None:
        d["Message"] = v
    v = o.input_info
    if v is not None:
        d["InputInfo"] = _d.wire(v)
    v = o.meta_data
    if v is not None:
        d["MetaData"] = _d.wire(v)
    v = o.media_process_result_set
    if v is not None:
        d["MediaProcessResultSet"] = [_d.wire(x) for x in v]
    v = o.ai_content_review_result_set
    if v is not None:
        d["AiContentReviewResultSet"] = [_d.wire(x) for x in v]
    v = o.ai_analysis_result_set
    if v is not None:
        d["AiAnalysisResultSet"] = [_d.wire(x) for x in v]
    v = o.ai_recognition_result_set
    if v is not None:
        d["AiRecognitionResultSet"] = [_d.wire(x) for x in v]
    v = o.ai_quality_control_task_result
    if v is not None:
        d["AiQualityControlTaskResult"] = _d.wire(v)
    v = o.smart_subtitles_task_result
    if v is not None:
        d["SmartSubtitlesTaskResult"] = [_d.wire(x) for x in v]
    v = o.smart_erase_task_result
    if v is not None:
        d["SmartEraseTaskResult"] = _d.wire(v)
    v = o.ai_dubbing_task_result
    if v is not None:
        d["AiDubbingTaskResult"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
