# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ParseLiveStreamProcessNotificationResponse``."""

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
class ParseLiveStreamProcessNotificationResponse(Model):
    """Response of ParseLiveStreamProcessNotification: the decoded live stream processing event,
    with the result filled for its NotificationType.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "notification_type": "NotificationType",
        "task_id": "TaskId",
        "process_eof_info": "ProcessEofInfo",
        "ai_review_result_info": "AiReviewResultInfo",
        "ai_recognition_result_info": "AiRecognitionResultInfo",
        "ai_analysis_result_info": "AiAnalysisResultInfo",
        "ai_quality_control_result_info": "AiQualityControlResultInfo",
        "live_record_result_info": "LiveRecordResultInfo",
        "ai_smart_subtitle_result_info": "AiSmartSubtitleResultInfo",
        "session_id": "SessionId",
        "session_context": "SessionContext",
        "timestamp": "Timestamp",
        "sign": "Sign",
        "request_id": "RequestId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "LiveStreamProcessErrorInfo",
        "LiveStreamAiReviewResultInfo",
        "LiveStreamAiRecognitionResultInfo",
        "LiveStreamAiAnalysisResultInfo",
        "LiveStreamAiQualityControlResultInfo",
        "LiveStreamRecordResultInfo",
        "LiveStreamAiSmartSubtitleResultInfo",
        "str",
        "str",
        "int",
        "str",
        "str",
    )

    notification_type: str | None = None
    """Kind of live stream processing result carried by the notification, which decides which
    result field is filled.

    Known values (:class:`tencent_mps.enums.ParseLiveStreamProcessNotificationResponseNotificationType`); others may appear:
    ``AiReviewResult``: content review result
    ``AiRecognitionResult``: content recognition result
    ``LiveRecordResult``: live recording result
    ``AiQualityControlResult``: media quality control result
    ``AiAnalysisResult``: content analysis result
    ``AiSmartSubtitleResult``: smart subtitle result
    ``ProcessEof``: live stream processing has ended

    Wire name: ``NotificationType``.
    """

    task_id: str | None = None
    """ID of the live stream processing task.

    Wire name: ``TaskId``.
    """

    process_eof_info: models.LiveStreamProcessErrorInfo | None = None
    """Error information of the processing; valid when NotificationType is ProcessEof. May be
    null if unavailable.

    Wire name: ``ProcessEofInfo``.
    """

    ai_review_result_info: models.LiveStreamAiReviewResultInfo | None = None
    """Content review result; valid when NotificationType is AiReviewResult. May be null if
    unavailable.

    Wire name: ``AiReviewResultInfo``.
    """

    ai_recognition_result_info: models.LiveStreamAiRecognitionResultInfo | None = None
    """Content recognition result; valid when NotificationType is AiRecognitionResult. May be
    null if unavailable.

    Wire name: ``AiRecognitionResultInfo``.
    """

    ai_analysis_result_info: models.LiveStreamAiAnalysisResultInfo | None = None
    """Content analysis result; valid when NotificationType is AiAnalysisResult. May be null if
    unavailable.

    Wire name: ``AiAnalysisResultInfo``.
    """

    ai_quality_control_result_info: models.LiveStreamAiQualityControlResultInfo | None = None
    """Media quality control result; valid when NotificationType is AiQualityControlResult. May
    be null if unavailable.

    Wire name: ``AiQualityControlResultInfo``.
    """

    live_record_result_info: models.LiveStreamRecordResultInfo | None = None
    """Live recording result; valid when NotificationType is LiveRecordResult. May be null if
    unavailable.

    Wire name: ``LiveRecordResultInfo``.
    """

    ai_smart_subtitle_result_info: models.LiveStreamAiSmartSubtitleResultInfo | None = None
    """Smart subtitle result; valid when NotificationType is AiSmartSubtitleResult.

    Wire name: ``AiSmartSubtitleResultInfo``.
    """

    session_id: str | None = None
    """Deduplication identifier given when the task was started; a repeat within seven days
    returns an error. Up to 50 characters; empty means no deduplication.

    Wire name: ``SessionId``.
    """

    session_context: str | None = None
    """Source context passed through from the original request and returned in callbacks, up to
    1000 characters.

    Wire name: ``SessionContext``.
    """

    timestamp: int | None = None
    """Expiry time of the notification signature, as a Unix timestamp in seconds. Notifications
    expire 10 minutes after sending by default, so an expired one can be rejected to prevent
    replay attacks.

    Wire name: ``Timestamp``.
    """

    sign: str | None = None
    """Security signature of the notification, computed as MD5(Timestamp + NotifyKey);
    recompute it to verify that the message really comes from MPS.

    Wire name: ``Sign``.
    """

    request_id: str | None = None
    """Unique request ID generated by the server and returned with every request that reaches
    it; quote it when reporting a problem.

    Wire name: ``RequestId``.
    """


_KNOWN = frozenset(ParseLiveStreamProcessNotificationResponse.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ParseLiveStreamProcessNotificationResponse:
    """Decode one ``ParseLiveStreamProcessNotificationResponse`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ParseLiveStreamProcessNotificationResponse)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("NotificationType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("NotificationType", "a string", v)
    o.notification_type = v
    v = get("TaskId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskId", "a string", v)
    o.task_id = v
    v = get("ProcessEofInfo")
    if v is not None:
        n += 1
        try:
            v = _S["LiveStreamProcessErrorInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("ProcessEofInfo") from None
    o.process_eof_info = v
    v = get("AiReviewResultInfo")
    if v is not None:
        n += 1
        try:
            v = _S["LiveStreamAiReviewResultInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("AiReviewResultInfo") from None
    o.ai_review_result_info = v
    v = get("AiRecognitionResultInfo")
    if v is not None:
        n += 1
        try:
            v = _S["LiveStreamAiRecognitionResultInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("AiRecognitionResultInfo") from None
    o.ai_recognition_result_info = v
    v = get("AiAnalysisResultInfo")
    if v is not None:
        n += 1
        try:
            v = _S["LiveStreamAiAnalysisResultInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("AiAnalysisResultInfo") from None
    o.ai_analysis_result_info = v
    v = get("AiQualityControlResultInfo")
    if v is not None:
        n += 1
        try:
            v = _S["LiveStreamAiQualityControlResultInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("AiQualityControlResultInfo") from None
    o.ai_quality_control_result_info = v
    v = get("LiveRecordResultInfo")
    if v is not None:
        n += 1
        try:
            v = _S["LiveStreamRecordResultInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("LiveRecordResultInfo") from None
    o.live_record_result_info = v
    v = get("AiSmartSubtitleResultInfo")
    if v is not None:
        n += 1
        try:
            v = _S["LiveStreamAiSmartSubtitleResultInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("AiSmartSubtitleResultInfo") from None
    o.ai_smart_subtitle_result_info = v
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
    v = get("Timestamp")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Timestamp", "an integer", v)
    o.timestamp = v
    v = get("Sign")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Sign", "a string", v)
    o.sign = v
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


bind(ParseLiveStreamProcessNotificationResponse, _structure)
