# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ProcessLiveStreamRequest`` (sent in requests)."""

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
class ProcessLiveStreamRequest(Model):
    """Request of ProcessLiveStream: the live stream URL, the processing tasks to run, and where
    results and files go.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "url": "Url",
        "task_notify_config": "TaskNotifyConfig",
        "output_storage": "OutputStorage",
        "output_dir": "OutputDir",
        "ai_content_review_task": "AiContentReviewTask",
        "ai_recognition_task": "AiRecognitionTask",
        "ai_analysis_task": "AiAnalysisTask",
        "ai_quality_control_task": "AiQualityControlTask",
        "smart_subtitles_task": "SmartSubtitlesTask",
        "session_id": "SessionId",
        "session_context": "SessionContext",
        "schedule_id": "ScheduleId",
        "resource_id": "ResourceId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "LiveStreamTaskNotifyConfig!",
        "TaskOutputStorage",
        "str",
        "AiContentReviewTaskInput",
        "AiRecognitionTaskInput",
        "AiAnalysisTaskInput",
        "AiQualityControlTaskInput",
        "LiveSmartSubtitlesTaskInput",
        "str",
        "str",
        "int",
        "str",
    )

    url: str | None = None
    """URL of the live stream to process; it must be a live address, such as RTMP, HLS, FLV,
    TRTC, WebRTC (LEB streams) or SRT. A TRTC address has the form trtc://trtc.rtc.qq.com/mp
    s/<roomid>?sdkappid=<sdkappid>&userid=<userid>&usersig=<usersig>. Required.

    Known values (:class:`tencent_mps.enums.ProcessLiveStreamRequestUrl`); others may appear:
    ``trtc``: a trtc room address using the trtc:// scheme

    Required in requests.

    Wire name: ``Url``.
    """

    task_notify_config: models.LiveStreamTaskNotifyConfig | None = None
    """Event notification settings through which the processing results are delivered.
    Required.

    Required in requests.

    Wire name: ``TaskNotifyConfig``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Target storage for files produced by the processing; required if the processing outputs
    files.

    Wire name: ``OutputStorage``.
    """

    output_dir: str | None = None
    """Target directory for output files, such as /movie/201909/. Defaults to / when empty.

    Wire name: ``OutputDir``.
    """

    ai_content_review_task: models.AiContentReviewTaskInput | None = None
    """Parameters of the content review task.

    Wire name: ``AiContentReviewTask``.
    """

    ai_recognition_task: models.AiRecognitionTaskInput | None = None
    """Parameters of the content recognition task.

    Wire name: ``AiRecognitionTask``.
    """

    ai_analysis_task: models.AiAnalysisTaskInput | None = None
    """Parameters of the content analysis task.

    Wire name: ``AiAnalysisTask``.
    """

    ai_quality_control_task: models.AiQualityControlTaskInput | None = None
    """Parameters of the media quality control task.

    Wire name: ``AiQualityControlTask``.
    """

    smart_subtitles_task: models.LiveSmartSubtitlesTaskInput | None = None
    """Parameters of the smart subtitle task.

    Wire name: ``SmartSubtitlesTask``.
    """

    session_id: str | None = None
    """Deduplication identifier: if a request with the same value was made within seven days,
    this one returns an error. Up to 50 characters; empty or omitted means no deduplication.

    Wire name: ``SessionId``.
    """

    session_context: str | None = None
    """Source context passed through to task status callbacks, up to 1000 characters.

    Wire name: ``SessionContext``.
    """

    schedule_id: int | None = None
    """ID of a live orchestration (schedule) to run. Output settings configured on a subtask
    node take precedence; otherwise OutputStorage and OutputDir given here replace the
    schedule's defaults, and TaskNotifyConfig given here replaces its default callback.

    Wire name: ``ScheduleId``.
    """

    resource_id: str | None = None
    """ID of the resource to use, which must be enabled. Defaults to the account's primary
    resource ID.

    Wire name: ``ResourceId``.
    """


_KNOWN = frozenset(ProcessLiveStreamRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ProcessLiveStreamRequest:
    """Decode one ``ProcessLiveStreamRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ProcessLiveStreamRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Url")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Url", "a string", v)
    o.url = v
    v = get("TaskNotifyConfig")
    if v is not None:
        n += 1
        try:
            v = _S["LiveStreamTaskNotifyConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("TaskNotifyConfig") from None
    o.task_notify_config = v
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
    v = get("AiContentReviewTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiContentReviewTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("AiContentReviewTask") from None
    o.ai_content_review_task = v
    v = get("AiRecognitionTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiRecognitionTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("AiRecognitionTask") from None
    o.ai_recognition_task = v
    v = get("AiAnalysisTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("AiAnalysisTask") from None
    o.ai_analysis_task = v
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
            v = _S["LiveSmartSubtitlesTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("SmartSubtitlesTask") from None
    o.smart_subtitles_task = v
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
    v = get("ScheduleId")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ScheduleId", "an integer", v)
    o.schedule_id = v
    v = get("ResourceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ResourceId", "a string", v)
    o.resource_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ProcessLiveStreamRequest, _structure)
