"""event_task / event_task_id: the task a notification is about, by its EventType."""

from __future__ import annotations

from typing import Any

import pytest

from tencent_mps.models import (
    BatchSubTaskResult,
    EditMediaTask,
    ExtractBlindWatermarkTask,
    ScheduleTask,
    WorkflowTask,
)
from tencent_mps.notifications import event_task, event_task_id, parse_notification

from .helpers import TASK_ID, workflow_task


def event(body: dict[str, Any]) -> Any:
    return parse_notification(body, verify=False)


def test_workflow_task_event() -> None:
    e = event({"EventType": "WorkflowTask", "WorkflowTaskEvent": workflow_task()})
    assert isinstance(event_task(e), WorkflowTask)
    assert event_task(e) is e.workflow_task_event
    assert event_task_id(e) == TASK_ID


@pytest.mark.parametrize(
    ("event_type", "field", "model", "task_id"),
    [
        ("EditMediaTask", "EditMediaTaskEvent", EditMediaTask, "edit-1"),
        ("ScheduleTask", "ScheduleTaskEvent", ScheduleTask, "sched-1"),
        ("ExtractBlindWatermark", "ExtractBlindWatermarkTask", ExtractBlindWatermarkTask, "bw-1"),
        ("BatchTask", "BatchTaskEvent", BatchSubTaskResult, None),
    ],
)
def test_other_event_types(event_type: str, field: str, model: type, task_id: str | None) -> None:
    task: dict[str, Any] = {"TaskId": task_id, "Status": "FINISH"} if task_id else {}
    e = event({"EventType": event_type, field: task, "WorkflowTaskEvent": None})
    assert isinstance(event_task(e), model)
    assert event_task_id(e) == task_id


def test_event_type_decides_even_when_other_fields_are_filled() -> None:
    e = event(
        {
            "EventType": "EditMediaTask",
            "EditMediaTaskEvent": {"TaskId": "edit-2"},
            "WorkflowTaskEvent": workflow_task(),
        }
    )
    assert event_task_id(e) == "edit-2"


def test_unknown_event_type_falls_back_to_the_one_task_given() -> None:
    e = event({"EventType": "SomethingNew", "ScheduleTaskEvent": {"TaskId": "s-9"}})
    assert event_task_id(e) == "s-9"
    two = event(
        {
            "EventType": "SomethingNew",
            "ScheduleTaskEvent": {"TaskId": "s-9"},
            "EditMediaTaskEvent": {"TaskId": "e-9"},
        }
    )
    assert event_task(two) is None and event_task_id(two) is None


def test_event_without_its_task() -> None:
    e = event({"EventType": "WorkflowTask"})
    assert event_task(e) is None
    assert event_task_id(e) is None
