"""Notifications as MPS sends them: realistic WorkflowTask content, signed with the notify key."""

from __future__ import annotations

import copy
import json
import time
from typing import Any

from tencent_mps.examples import EXAMPLES
from tencent_mps_lib.notifications.signature import sign

#: The notify key of the tests (long and distinctive, so a leak is easy to spot).
KEY = "nk-9c41f2e7-TEST-NOTIFY-KEY-b8d0"
#: A fixed clock: the notifications below expire 10 minutes after it, as MPS makes them.
NOW = 1_760_000_000
EXPIRES = NOW + 600


def workflow_task() -> dict[str, Any]:
    """A documented WorkflowTask (the API doc's example of DescribeTaskDetail), fresh copy."""
    return copy.deepcopy(EXAMPLES["DescribeTaskDetailResponse"][0]["WorkflowTask"])


TASK_ID: str = workflow_task()["TaskId"]


def notification(
    *,
    timestamp: int = EXPIRES,
    key: str = KEY,
    event_type: str = "WorkflowTask",
    task: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A signed notification object (what MPS POSTs to NotifyUrl)."""
    body: dict[str, Any] = {
        "EventType": event_type,
        "WorkflowTaskEvent": workflow_task() if task is None else task,
        "EditMediaTaskEvent": None,
        "ScheduleTaskEvent": None,
        "SessionId": "",
        "SessionContext": "",
        "Timestamp": timestamp,
        "Sign": sign(timestamp, key),
    }
    body.update(extra)
    return body


def encoded(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def live_notification(key: str = KEY) -> bytes:
    """A signed body that expires 10 minutes from now (for servers that use the real clock)."""
    return encoded(notification(timestamp=int(time.time()) + 600, key=key))
