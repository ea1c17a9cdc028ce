"""Live stream notifications (ProcessLiveStream results): parsed, verified and received like
task events, told apart by their NotificationType."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from tencent_mps.errors import NotificationExpiredError, NotificationSignatureError
from tencent_mps.examples import EXAMPLES
from tencent_mps.models import ParseLiveStreamProcessNotificationResponse
from tencent_mps.notifications import (
    LIVE_RESULT_FIELDS,
    event_kind,
    event_task,
    event_task_id,
    live_result,
    parse_notification,
)
from tencent_mps_lib.notifications.signature import sign

from .helpers import EXPIRES, KEY, NOW, encoded
from .test_wsgi import Served, received, serve  # noqa: F401 - the fixtures


def live(
    *, kind: str = "AiReviewResult", timestamp: int = EXPIRES, key: str = KEY
) -> dict[str, Any]:
    body: dict[str, Any] = copy.deepcopy(EXAMPLES["ParseLiveStreamProcessNotificationResponse"][0])
    body.pop("RequestId", None)
    body.update(NotificationType=kind, TaskId="live-task-1", Timestamp=timestamp)
    body["Sign"] = sign(timestamp, key)
    return body


def test_a_signed_live_notification_parses_to_its_own_type() -> None:
    event = parse_notification(encoded(live()), notify_key=KEY, now=NOW)
    assert isinstance(event, ParseLiveStreamProcessNotificationResponse)
    assert event_kind(event) == "AiReviewResult"
    assert event_task_id(event) == "live-task-1"
    assert event_task(event) is None
    assert live_result(event) is event.ai_review_result_info


def test_every_live_result_kind_names_a_field() -> None:
    names = set(ParseLiveStreamProcessNotificationResponse.WIRE_NAMES)
    assert set(LIVE_RESULT_FIELDS.values()) <= names


def test_a_forged_live_notification_is_refused() -> None:
    with pytest.raises(NotificationSignatureError):
        parse_notification(encoded(live(key="not-the-key")), notify_key=KEY, now=NOW)


def test_an_expired_live_notification_is_refused() -> None:
    with pytest.raises(NotificationExpiredError):
        parse_notification(encoded(live(timestamp=NOW - 3600)), notify_key=KEY, now=NOW)


def test_the_receiver_accepts_both_kinds(serve: Callable[..., Served]) -> None:  # noqa: F811
    got: list[Any] = []
    served = serve(got.append)
    status, _, body = served.post(encoded(live(kind="ProcessEof")))
    assert 200 <= status < 300, body
    (event,) = got
    assert isinstance(event, ParseLiveStreamProcessNotificationResponse)
    assert event_kind(event) == "ProcessEof"
    status, _, _ = served.post(encoded(live(key="forged")))
    assert status == 401 and len(got) == 1
