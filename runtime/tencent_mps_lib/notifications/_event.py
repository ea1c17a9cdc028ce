"""Which task a notification is about: the event's task object, its ``TaskId`` and kind."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from tencent_mps.models import (
        BatchSubTaskResult,
        EditMediaTask,
        ExtractBlindWatermarkTask,
        ParseLiveStreamProcessNotificationResponse,
        ParseNotificationResponse,
        ScheduleTask,
        WorkflowTask,
    )

    #: The task object a notification can carry (one kind per ``EventType``).
    NotificationTask: TypeAlias = (
        WorkflowTask | EditMediaTask | ScheduleTask | BatchSubTaskResult | ExtractBlindWatermarkTask
    )
    Event: TypeAlias = ParseNotificationResponse | ParseLiveStreamProcessNotificationResponse

__all__ = [
    "EVENT_FIELDS",
    "LIVE_RESULT_FIELDS",
    "event_kind",
    "event_task",
    "event_task_id",
    "live_result",
]

#: ``NotificationType`` of a live stream notification -> the attribute holding its result.
LIVE_RESULT_FIELDS: dict[str, str] = {
    "ProcessEof": "process_eof_info",
    "AiReviewResult": "ai_review_result_info",
    "AiRecognitionResult": "ai_recognition_result_info",
    "AiAnalysisResult": "ai_analysis_result_info",
    "AiQualityControlResult": "ai_quality_control_result_info",
    "LiveRecordResult": "live_record_result_info",
    "AiSmartSubtitleResult": "ai_smart_subtitle_result_info",
}


def _is_live(event: object) -> bool:
    return hasattr(event, "notification_type")


def event_kind(event: Event) -> str | None:
    """What the notification says it is: the ``EventType`` of a task event
    (``WorkflowTask``, ...) or the ``NotificationType`` of a live stream result
    (``AiReviewResult``, ``ProcessEof``, ...)."""
    kind = getattr(event, "notification_type" if _is_live(event) else "event_type", None)
    return kind if isinstance(kind, str) else None


def live_result(event: ParseLiveStreamProcessNotificationResponse) -> Any:
    """The result a live stream notification carries, chosen by its ``NotificationType``."""
    field = LIVE_RESULT_FIELDS.get(event.notification_type or "")
    return getattr(event, field) if field else None


#: ``EventType`` -> the attribute of :class:`~tencent_mps.models.ParseNotificationResponse` that
#: holds the task of that event type.
EVENT_FIELDS: dict[str, str] = {
    "WorkflowTask": "workflow_task_event",
    "EditMediaTask": "edit_media_task_event",
    "ScheduleTask": "schedule_task_event",
    "BatchTask": "batch_task_event",
    "ExtractBlindWatermark": "extract_blind_watermark_task",
}


def event_task(event: Event) -> NotificationTask | None:
    """The task the notification is about, chosen by its ``EventType`` (``None`` for a live
    stream notification, which carries a result, not a task: see :func:`live_result`).

    ``WorkflowTask`` gives ``event.workflow_task_event``, ``EditMediaTask`` the
    ``edit_media_task_event``, ``ScheduleTask`` the ``schedule_task_event``, ``BatchTask`` the
    ``batch_task_event`` and ``ExtractBlindWatermark`` the ``extract_blind_watermark_task``.
    For an event type this SDK does not know yet, the one task field that is filled in (if
    exactly one is); ``None`` when there is no task to show.
    """
    if _is_live(event):
        return None
    field = EVENT_FIELDS.get(getattr(event, "event_type", None) or "")
    if field is not None:
        task: NotificationTask | None = getattr(event, field)
        return task
    present = [t for t in (getattr(event, f) for f in EVENT_FIELDS.values()) if t is not None]
    return present[0] if len(present) == 1 else None


def event_task_id(event: Event) -> str | None:
    """The ``TaskId`` of the event's task (see :func:`event_task`), or of the live stream task
    a live notification is about; ``None`` if it has none.

    Batch events (``BatchTaskEvent``) carry no task ID of their own.
    """
    task: Any = event if _is_live(event) else event_task(event)
    task_id = getattr(task, "task_id", None)
    return task_id if isinstance(task_id, str) else None
