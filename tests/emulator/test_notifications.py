"""Signed event notifications POSTed by the emulator, and the ParseNotification action."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tencent_mps.models import ParseNotificationResponse
from tencent_mps.testing import Emulator
from tencent_mps_lib.notifications.signature import sign

from .helpers import FakeClock, assert_no_unknown_fields, call, call_action
from .receiver import Receiver, free_port, running_receiver

Factory = Callable[..., Emulator]
START = 1_700_000_000.0
KEY = "notify-key-0123"


def media_request(url: str, *, mode: str | None = None, transcodes: int = 1) -> dict[str, Any]:
    config: dict[str, Any] = {"NotifyType": "URL", "NotifyUrl": url, "NotifyKey": KEY}
    if mode is not None:
        config["NotifyMode"] = mode
    return {
        "InputInfo": {
            "Type": "COS",
            "CosInputInfo": {
                "Bucket": "b-1250000000",
                "Region": "ap-guangzhou",
                "Object": "/a.mp4",
            },
        },
        "MediaProcessTask": {
            "TranscodeTaskSet": [{"Definition": 100010 + i} for i in range(transcodes)]
        },
        "TaskNotifyConfig": config,
        "SessionId": "session-1",
        "SessionContext": "my context",
    }


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with running_receiver() as found:
        yield found


def check_signed(body: bytes, now: float) -> dict[str, Any]:
    document = json.loads(body)
    assert document["Timestamp"] == int(now) + 600  # the expiry time: 10 minutes after sending
    assert document["Sign"] == sign(document["Timestamp"], KEY)
    assert_no_unknown_fields(ParseNotificationResponse.from_dict(document))
    assert isinstance(document, dict)
    return document


def test_finish_mode_sends_one_signed_event(emulator_factory: Factory, receiver: Receiver) -> None:
    clock = FakeClock(START)
    emu = emulator_factory(clock=clock, task_duration=10)
    reply = call_action(emu, "ProcessMedia", media_request(receiver.url), timestamp=int(clock()))
    task_id = reply.response["TaskId"]
    with pytest.raises(TimeoutError):  # nothing is due while the task runs
        emu.wait_for_notifications(1, timeout=0.3)
    clock.advance(10)
    (record,) = emu.wait_for_notifications(1)
    assert (record.url, record.event_type, record.task_id) == (
        receiver.url,
        "WorkflowTask",
        task_id,
    )
    assert (record.delivered, record.attempts, record.status, record.task_status) == (
        True,
        1,
        200,
        "FINISH",
    )
    assert receiver.bodies == [record.body] and receiver.paths == ["/mps/callback"]
    document = check_signed(record.body, clock())
    assert document["EventType"] == "WorkflowTask"
    assert (document["SessionId"], document["SessionContext"]) == ("session-1", "my context")
    detail = call(emu, task_id, timestamp=int(clock())).response
    assert document["WorkflowTaskEvent"] == detail["WorkflowTask"]  # as DescribeTaskDetail says
    assert KEY not in repr(record) and KEY.encode() not in record.body
    assert record.document == document
    emu.clear_notifications()
    assert emu.notifications == []


def test_change_mode_sends_every_change(emulator_factory: Factory, receiver: Receiver) -> None:
    clock = FakeClock(START)
    emu = emulator_factory(clock=clock, task_duration=10)
    call_action(
        emu,
        "ProcessMedia",
        media_request(receiver.url, mode="Change", transcodes=2),
        timestamp=int(clock()),
    )
    clock.advance(1)  # processing starts
    first = emu.wait_for_notifications(1)
    clock.advance(9)  # both subtasks end (the first one halfway)
    records = emu.wait_for_notifications(3)
    assert first[0] == records[0]
    assert [r.task_status for r in records] == ["PROCESSING", "PROCESSING", "FINISH"]
    subtask_statuses = [
        [
            e["TranscodeTask"]["Status"]
            for e in r.document["WorkflowTaskEvent"]["MediaProcessResultSet"]
        ]
        for r in records
    ]
    assert subtask_statuses == [
        ["PROCESSING", "PROCESSING"],
        ["SUCCESS", "PROCESSING"],
        ["SUCCESS", "SUCCESS"],
    ]
    check_signed(records[0].body, START + 1)  # sent when processing started
    for record in records[1:]:
        check_signed(record.body, clock())
    assert len(receiver.bodies) == 3


def test_a_failing_receiver_is_retried(emulator_factory: Factory) -> None:
    with running_receiver(statuses=[500, 503]) as receiver:
        emu = emulator_factory(task_duration=0, notify_backoff=0.01)
        emu.process_media(media_request(receiver.url))
        (record,) = emu.wait_for_notifications(1)
    assert (record.delivered, record.attempts, record.status) == (True, 3, 200)
    assert record.outcomes == ("500", "503", "200")
    assert receiver.bodies == [record.body] * 3  # the same signed body each time


def test_delivery_gives_up_after_its_attempts(emulator_factory: Factory) -> None:
    with running_receiver(statuses=[500] * 10) as receiver:
        emu = emulator_factory(task_duration=0, notify_backoff=0.01, notify_attempts=2)
        emu.process_media(media_request(receiver.url))
        (record,) = emu.wait_for_notifications(1)
    assert (record.delivered, record.attempts, record.status) == (False, 2, 500)
    assert len(receiver.bodies) == 2


def test_a_refused_connection_is_retried_then_given_up(emulator_factory: Factory) -> None:
    emu = emulator_factory(task_duration=0, notify_backoff=0.01, notify_attempts=3)
    emu.process_media(media_request(f"http://127.0.0.1:{free_port()}/hook"))
    (record,) = emu.wait_for_notifications(1)
    assert record.outcomes == ("refused",) * 3
    assert (record.delivered, record.status) == (False, None)


def test_a_silent_receiver_times_out_without_blocking_the_api(emulator_factory: Factory) -> None:
    accepted = threading.Event()
    release = threading.Event()
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        listener.settimeout(0.1)
        port = listener.getsockname()[1]
        held: list[socket.socket] = []

        def accept() -> None:
            while not release.is_set():
                try:
                    conn, _ = listener.accept()
                except TimeoutError:
                    continue
                except OSError:
                    return
                held.append(conn)  # read nothing, answer nothing
                accepted.set()

        thread = threading.Thread(target=accept, daemon=True)
        thread.start()
        emu = emulator_factory(
            task_duration=0, notify_timeout=0.5, notify_attempts=2, notify_backoff=0
        )
        emu.process_media(media_request(f"http://127.0.0.1:{port}/hook"))
        assert accepted.wait(30)
        assert call(emu).error_code is None  # the API answers while a delivery hangs
        (record,) = emu.wait_for_notifications(1, timeout=30)
        release.set()
        thread.join(timeout=10)
        for conn in held:
            conn.close()
    assert record.outcomes == ("timeout", "timeout") and not record.delivered


def test_deliveries_wait_for_a_start_and_stop_cleanly(
    emulator_factory: Factory, receiver: Receiver
) -> None:
    emu = Emulator(task_duration=0)  # not started: nothing is sent yet
    emu.process_media(media_request(receiver.url))
    with pytest.raises(TimeoutError, match="not running"):
        emu.wait_for_notifications(1, timeout=0.2)
    with emu:
        (record,) = emu.wait_for_notifications(1)
    assert record.delivered
    assert not [t for t in threading.enumerate() if t.name.startswith("tencent-mps-emulator")]


def test_bounded_threads_for_many_notified_tasks(
    emulator_factory: Factory, receiver: Receiver
) -> None:
    clock = FakeClock(START)
    emu = emulator_factory(clock=clock, task_duration=(1, 5), seed=3, notify_workers=2)

    def emulator_threads() -> int:
        return sum(t.name.startswith("tencent-mps-emulator") for t in threading.enumerate())

    threads = emulator_threads()  # the server's, the scheduler and two delivery threads
    for n in range(200):
        emu.process_media({**media_request(receiver.url), "SessionId": f"s-{n}"})
    assert emulator_threads() == threads
    clock.advance(5)
    records = emu.wait_for_notifications(200, timeout=60)
    assert all(r.delivered for r in records)
    assert len({r.task_id for r in records}) == 200
    assert emulator_threads() == threads


def test_removed_task_sends_nothing(emulator_factory: Factory, receiver: Receiver) -> None:
    clock = FakeClock(START)
    emu = emulator_factory(clock=clock, task_duration=1)
    gone = emu.process_media(media_request(receiver.url))
    emu.remove_task(gone)
    kept = emu.process_media({**media_request(receiver.url), "SessionId": "other"})
    clock.advance(1)
    (record,) = emu.wait_for_notifications(1)
    assert record.task_id == kept
    with pytest.raises(TimeoutError):
        emu.wait_for_notifications(2, timeout=0.3)


# -- ParseNotification --------------------------------------------------------------------------


def test_parse_notification_decodes_a_delivered_event(
    emulator_factory: Factory, receiver: Receiver
) -> None:
    emu = emulator_factory(task_duration=0)
    emu.process_media(media_request(receiver.url))
    (record,) = emu.wait_for_notifications(1)
    reply = call_action(emu, "ParseNotification", {"Content": record.body.decode()})
    assert reply.error_code is None
    answer = reply.response
    assert answer["RequestId"]
    assert answer["EventType"] == "WorkflowTask"
    assert answer["WorkflowTaskEvent"] == record.document["WorkflowTaskEvent"]
    assert (answer["Timestamp"], answer["Sign"]) == (
        record.document["Timestamp"],
        record.document["Sign"],
    )
    assert_no_unknown_fields(ParseNotificationResponse.from_dict(answer))


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        "[1, 2]",
        '{"WorkflowTaskEvent": {}}',
        '{"EventType": 5}',
        '{"EventType": "WorkflowTask", "WorkflowTaskEvent": {"ErrCode": "zero"}}',
    ],
)
def test_parse_notification_refuses_what_is_not_one(mps_emulator: Emulator, content: str) -> None:
    reply = call_action(mps_emulator, "ParseNotification", {"Content": content})
    assert reply.error_code == "InvalidParameterValue"
    assert "Content" in reply.response["Error"]["Message"]


def test_parse_notification_keeps_documented_fields_only(mps_emulator: Emulator) -> None:
    content = json.dumps(
        {"EventType": "EditMediaTask", "EditMediaTaskEvent": {"TaskId": "t"}, "Extra": 1}
    )
    answer = call_action(mps_emulator, "ParseNotification", {"Content": content}).response
    assert answer["EventType"] == "EditMediaTask"
    assert answer["EditMediaTaskEvent"] == {"TaskId": "t"}
    assert "Extra" not in answer
