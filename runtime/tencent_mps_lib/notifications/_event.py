"""Which task a notification is about: the event's task object and its ``TaskId``."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from tencent_mps.models import (
        BatchSubTaskResult,
        EditMediaTask,
        ExtractBlindWatermarkTask,
        ParseNotificationResponse,
        ScheduleTask,
        WorkflowTask,
    )

    #: The task object a notification can carry (one kind per ``EventType``).
    NotificationTask: TypeAlias = (
        WorkflowTask | EditMediaTask | ScheduleTask | BatchSubTaskResult | ExtractBlindWatermarkTask
    )

__all__ = ["EVENT_FIELDS", "event_task", "event_task_id"]

#: ``EventType`` -> the attribute of :class:`~tencent_mps.models.ParseNotificationResponse` that
#: holds the task of that event type.
EVENT_FIELDS: dict[str, str] = {
    "WorkflowTask": "workflow_task_event",
    "EditMediaTask": "edit_media_task_event",
    "ScheduleTask": "schedule_task_event",
    "BatchTask": "batch_task_event",
    "ExtractBlindWatermark": "extract_blind_watermark_task",
}


def event_task(event: ParseNotificationResponse) -> NotificationTask | None:
    """The task the notification is about, chosen by its ``EventType``.

    ``WorkflowTask`` gives ``event.workflow_task_event``, ``EditMediaTask`` the
    ``edit_media_task_event``, ``ScheduleTask`` the ``schedule_task_event``, ``BatchTask`` the
    ``batch_task_event`` and ``ExtractBlindWatermark`` the ``extract_blind_watermark_task``.
    For an event type this SDK does not know yet, the one task field that is filled in (if
    exactly one is); ``None`` when there is no task to show.
    """
    field = EVENT_FIELDS.get(event.event_type or "")
    if field is not None:
        task: NotificationTask | None = getattr(event, field)
        return task
    present = [t for t in (getattr(event, f) for f in EVENT_FIELDS.values()) if t is not None]
    return present[0] if len(present) == 1 else None


def event_task_id(event: ParseNotificationResponse) -> str | None:
    """The ``TaskId`` of the event's task (see :func:`event_task`); ``None`` if it has none.

    Batch events (``BatchTaskEvent``) carry no task ID of their own.
    """
    task = event_task(event)
    task_id = getattr(task, "task_id", None)
    return task_id if isinstance(task_id, str) else None
