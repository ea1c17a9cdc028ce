"""parse_notification: verification (sign, expiry), decoding, inputs, and what errors hold."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tencent_mps.errors import (
    ConfigurationError,
    DecodeError,
    NotificationError,
    NotificationExpiredError,
    NotificationSignatureError,
)
from tencent_mps.models import ParseNotificationResponse, WorkflowTask
from tencent_mps.notifications import (
    DEFAULT_TOLERANCE,
    parse_notification,
    sign,
    signature_matches,
)

from .helpers import EXPIRES, KEY, NOW, TASK_ID, encoded, notification, workflow_task


def parse(body: Any, **options: Any) -> ParseNotificationResponse:
    options.setdefault("notify_key", KEY)
    options.setdefault("now", NOW)
    if options["notify_key"] is None:
        options.setdefault("verify", False)
    return parse_notification(body, **options)  # type: ignore[return-value]


# -- a valid event ---------------------------------------------------------------------------


def test_valid_event_is_typed() -> None:
    event = parse(encoded(notification()))
    assert isinstance(event, ParseNotificationResponse)
    assert event.event_type == "WorkflowTask"
    assert isinstance(event.workflow_task_event, WorkflowTask)
    assert event.workflow_task_event.task_id == TASK_ID
    assert event.workflow_task_event.status == "FINISH"
    transcode = event.workflow_task_event.media_process_result_set[0].transcode_task  # type: ignore[index]
    assert transcode is not None and transcode.output is not None
    sent = workflow_task()["MediaProcessResultSet"][0]["TranscodeTask"]["Output"]["Path"]
    assert transcode.output.path == sent
    assert event.timestamp == EXPIRES
    assert event.edit_media_task_event is None


def test_the_event_keeps_everything_it_was_sent() -> None:
    body = notification(SessionContext="ctx-42", SessionId="sess-1", NewField={"a": 1})
    event = parse(encoded(body))
    assert event.session_context == "ctx-42"
    wire = event.to_dict()
    assert wire["NewField"] == {"a": 1}
    assert wire["WorkflowTaskEvent"]["TaskId"] == TASK_ID
    assert wire["Sign"] == body["Sign"]


@pytest.mark.parametrize(
    "kind",
    ["bytes", "str", "bytearray", "memoryview", "dict", "envelope-dict", "envelope-bytes"],
)
def test_every_input_form_gives_the_same_event(kind: str) -> None:
    body = notification()
    forms: dict[str, Any] = {
        "bytes": encoded(body),
        "str": json.dumps(body),
        "bytearray": bytearray(encoded(body)),
        "memoryview": memoryview(encoded(body)),
        "dict": body,
        "envelope-dict": {"Response": body},
        "envelope-bytes": encoded({"Response": {**body, "RequestId": "req-1"}}),
    }
    event = parse(forms[kind])
    assert event.workflow_task_event is not None
    assert event.workflow_task_event.task_id == TASK_ID
    assert event.workflow_task_event == parse(encoded(body)).workflow_task_event


def test_uppercase_hex_and_surrounding_space_in_sign_are_accepted() -> None:
    body = notification()
    body["Sign"] = f" {body['Sign'].upper()} "
    assert parse(body).event_type == "WorkflowTask"


# -- forged, tampered ------------------------------------------------------------------------


def test_sign_made_with_another_key_is_rejected() -> None:
    with pytest.raises(NotificationSignatureError):
        parse(encoded(notification(key="some-other-key")))


@pytest.mark.parametrize(
    "tamper",
    ["later-timestamp", "earlier-timestamp", "one-sign-digit", "sign-of-nothing"],
)
def test_tampered_signature_fields_are_rejected(tamper: str) -> None:
    body = notification()
    if tamper == "later-timestamp":  # extending the life of a captured notification
        body["Timestamp"] += 3600
    elif tamper == "earlier-timestamp":
        body["Timestamp"] -= 1
    elif tamper == "one-sign-digit":
        digit = "0" if body["Sign"][-1] != "0" else "1"
        body["Sign"] = body["Sign"][:-1] + digit
    else:
        body["Sign"] = sign(body["Timestamp"], "")
    with pytest.raises(NotificationSignatureError):
        parse(encoded(body))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("Sign", None),
        ("Sign", ""),
        ("Sign", 12345),
        ("Sign", ["a"]),
        ("Sign", "z" * 32),
        ("Sign", "0" * 31),
        ("Sign", "\udc00" * 32),
        ("Timestamp", None),
        ("Timestamp", "1760000600"),
        ("Timestamp", 1760000600.0),
        ("Timestamp", True),
        ("Timestamp", -5),
        ("Timestamp", 10**400),
        ("Timestamp", {"t": 1}),
    ],
)
def test_missing_or_malformed_sign_or_timestamp_is_a_bad_signature(field: str, value: Any) -> None:
    body = notification()
    if value is None:
        del body[field]
    else:
        body[field] = value
    with pytest.raises(NotificationSignatureError) as info:
        parse(body)
    assert isinstance(info.value, NotificationError)


def test_unsigned_body_gets_a_signature_error_whatever_else_is_wrong() -> None:
    with pytest.raises(NotificationSignatureError):
        parse(b"{}")
    with pytest.raises(NotificationSignatureError):
        parse({"EventType": 5, "WorkflowTaskEvent": "not an object"})


def test_signature_is_checked_before_expiry() -> None:
    forged = notification(key="wrong")
    with pytest.raises(NotificationSignatureError):
        parse(forged, now=EXPIRES + 10**6)


def test_content_is_not_covered_by_the_sign() -> None:
    """MPS signs the expiry time and the key only: this is documented, not hidden."""
    body = notification()
    body["WorkflowTaskEvent"]["Status"] = "PROCESSING"
    assert parse(body).workflow_task_event.status == "PROCESSING"  # type: ignore[union-attr]


# -- expiry ----------------------------------------------------------------------------------


def test_expired_event_is_rejected() -> None:
    with pytest.raises(NotificationExpiredError) as info:
        parse(encoded(notification()), now=EXPIRES + 3600)
    assert isinstance(info.value, NotificationError)
    assert str(EXPIRES) in str(info.value)


def test_tolerance_edge() -> None:
    body = encoded(notification())
    assert parse(body, now=EXPIRES).timestamp == EXPIRES
    assert parse(body, now=EXPIRES + DEFAULT_TOLERANCE).timestamp == EXPIRES
    with pytest.raises(NotificationExpiredError):
        parse(body, now=EXPIRES + DEFAULT_TOLERANCE + 0.001)


def test_tolerance_is_configurable() -> None:
    body = encoded(notification())
    with pytest.raises(NotificationExpiredError):
        parse(body, now=EXPIRES + 1, tolerance=0)
    assert parse(body, now=EXPIRES + 120, tolerance=120).event_type == "WorkflowTask"
    with pytest.raises(NotificationExpiredError):
        parse(body, now=EXPIRES + 121, tolerance=120)


def test_now_may_be_an_aware_datetime() -> None:
    body = encoded(notification())
    expiry = datetime.fromtimestamp(EXPIRES, UTC)
    assert parse(body, now=expiry).event_type == "WorkflowTask"
    with pytest.raises(NotificationExpiredError):
        parse(body, now=expiry + timedelta(minutes=5))


def test_now_defaults_to_the_current_time() -> None:
    stale = encoded(notification(timestamp=NOW))  # NOW is in 2025: long expired
    with pytest.raises(NotificationExpiredError):
        parse_notification(stale, notify_key=KEY)
    fresh = encoded(notification(timestamp=2**40))  # expires in the year 36812
    assert parse_notification(fresh, notify_key=KEY).event_type == "WorkflowTask"


# -- not a notification ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "path", "reason"),
    [
        (b"not json", "", "not valid JSON"),
        (b"\xff\xfe{}", "", "not valid JSON"),
        (b"", "", "not valid JSON"),
        (b'{"EventType": NaN}', "", "not valid JSON"),
        (b"[1, 2]", "", "expected a JSON object, got an array"),
        (b'"WorkflowTask"', "", "expected a JSON object, got a string"),
        (b"null", "", "expected a JSON object, got null"),
        (b"{}", "EventType", "EventType"),
        (b'{"Response": 5}', "Response", "expected a JSON object"),
        (b'{"Response": {"Error": {"Code": "InternalError"}}}', "Response", "API error"),
        (b'{"EventType": 7}', "EventType", "expected a string, got an integer"),
        (
            b'{"EventType": "WorkflowTask", "WorkflowTaskEvent": []}',
            "WorkflowTaskEvent",
            "expected an object",
        ),
        (b"[" * 100_000 + b"]" * 100_000, "", ""),
    ],
)
def test_body_that_is_not_a_notification(body: bytes, path: str, reason: str) -> None:
    with pytest.raises(DecodeError) as info:
        parse_notification(body, verify=False)
    assert info.value.path == path
    assert reason in info.value.reason


def test_wrong_kind_deep_inside_names_the_wire_path() -> None:
    task = notification()["WorkflowTaskEvent"]
    task["MediaProcessResultSet"][0]["TranscodeTask"]["Progress"] = "50%"
    body = notification(task=task)
    expected = "WorkflowTaskEvent.MediaProcessResultSet[0].TranscodeTask.Progress"
    with pytest.raises(DecodeError) as info:  # signed correctly: the decode error shows
        parse(encoded(body))
    assert info.value.path == expected
    with pytest.raises(DecodeError) as info:  # same path inside the envelope
        parse_notification({"Response": body}, verify=False)
    assert info.value.path == expected


def test_signed_body_without_event_type_is_a_decode_error() -> None:
    body = notification()
    del body["EventType"]
    with pytest.raises(DecodeError) as info:
        parse(body)
    assert info.value.path == "EventType"


@pytest.mark.parametrize("body", [None, 42, ["EventType"], object()])
def test_body_of_another_type_is_a_decode_error(body: Any) -> None:
    with pytest.raises(DecodeError):
        parse_notification(body, verify=False)


def test_mapping_with_non_string_keys_is_a_decode_error() -> None:
    with pytest.raises(DecodeError):
        parse_notification({1: "x"}, verify=False)  # type: ignore[dict-item]


# -- without a key ---------------------------------------------------------------------------


def test_with_verify_false_the_body_is_only_parsed() -> None:
    forged = notification(key="anything", timestamp=1)  # bad sign, long expired
    event = parse_notification(encoded(forged), verify=False)
    assert isinstance(event, ParseNotificationResponse)
    assert event.workflow_task_event is not None
    assert event.workflow_task_event.task_id == TASK_ID
    assert "nothing is verified" in (parse_notification.__doc__ or "")


def test_the_key_is_required_unless_verification_is_turned_off() -> None:
    body = encoded(notification())
    with pytest.raises(ConfigurationError, match="verify=False"):
        parse_notification(body)
    with pytest.raises(ConfigurationError, match="verify must be"):
        parse_notification(body, notify_key=KEY, verify="no")  # type: ignore[arg-type]


# -- arguments -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "options",
    [
        {"notify_key": ""},
        {"notify_key": b"bytes-key"},
        {"tolerance": -1},
        {"tolerance": float("nan")},
        {"tolerance": "30"},
        {"now": datetime(2025, 1, 1)},
        {"now": "today"},
        {"now": float("inf")},
        {"now": 10**400},
    ],
)
def test_bad_arguments_raise_configuration_error(options: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        parse(encoded(notification()), **options)


# -- secrets ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "keyed"),
    [
        ("forged", True),
        ("expired", True),
        ("malformed-sign", True),
        ("wrong-kind-sign", True),
        ("wrong-kind-sign", False),
        ("not-json", True),
        ("not-json", False),
        ("decode-error", True),
        ("decode-error", False),
        ("sign-echoed", True),
        ("sign-echoed", False),
    ],
)
def test_no_secret_in_any_error(case: str, keyed: bool) -> None:
    body = notification()
    valid_sign = body["Sign"]
    now: float = NOW
    if case == "forged":
        body["Sign"] = sign(EXPIRES, KEY + "x")
    elif case == "expired":
        now = EXPIRES + 10_000
    elif case == "malformed-sign":
        body["Sign"] = KEY
    elif case == "wrong-kind-sign":
        body["Sign"] = [KEY]
    elif case == "decode-error":
        body["WorkflowTaskEvent"]["TaskId"] = 5
    elif case == "sign-echoed":  # a value elsewhere holds the Sign, in a field of the wrong kind
        body["WorkflowTaskEvent"]["MetaData"] = {"Width": f"{valid_sign} {KEY}"}
    raw = encoded(body)
    if case == "not-json":
        raw = raw[:-1]
    with pytest.raises((NotificationError, DecodeError)) as info:
        parse(raw, notify_key=KEY if keyed else None, now=now)
    exc = info.value
    texts = "\n".join([str(exc), repr(exc), repr(exc.args), repr(getattr(exc, "value", None))])
    if case != "sign-echoed" or keyed:  # without a key, the SDK cannot know what to hide
        assert KEY not in texts
    assert valid_sign not in texts
    assert exc.__cause__ is None


def test_signature_matches_is_total() -> None:
    assert signature_matches(EXPIRES, KEY, sign(EXPIRES, KEY))
    for received in (None, 5, "", "\udc00", "é" * 32, sign(EXPIRES, KEY) + "0"):
        assert not signature_matches(EXPIRES, KEY, received)
