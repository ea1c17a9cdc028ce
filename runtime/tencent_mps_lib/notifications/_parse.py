"""``parse_notification``: check and decode the body of one MPS event notification."""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final, TypeAlias

from tencent_mps_core.decoding import kind_of
from tencent_mps_core.envelope import load_json
from tencent_mps_core.exceptions import (
    ConfigurationError,
    DecodeError,
    NotificationExpiredError,
    NotificationSignatureError,
)
from tencent_mps_core.redact import redact_error

from .signature import signature_matches

if TYPE_CHECKING:
    from tencent_mps.models import (
        ParseLiveStreamProcessNotificationResponse,
        ParseNotificationResponse,
    )

__all__ = ["DEFAULT_TOLERANCE", "Body", "Event", "Instant", "parse_notification"]

#: What a notification decodes to: a task event (``EventType``), or a live stream processing
#: result (``NotificationType``, pushed by tasks started with ProcessLiveStream).
Event: TypeAlias = "ParseNotificationResponse | ParseLiveStreamProcessNotificationResponse"

#: Seconds of clock skew allowed past a notification's expiry time (its ``Timestamp``).
DEFAULT_TOLERANCE: Final = 30.0

#: What a notification body may be: the HTTP body, or its JSON already parsed.
Body: TypeAlias = "bytes | bytearray | memoryview | str | Mapping[str, Any]"
#: A point in time: UNIX seconds, or a timezone-aware datetime.
Instant: TypeAlias = "float | int | datetime"

# A Timestamp the service could send (int64); larger values are refused before any arithmetic.
_MAX_TIMESTAMP: Final = 2**63 - 1
_HEX_DIGITS: Final = frozenset("0123456789abcdefABCDEF")


def parse_notification(
    body: Body,
    *,
    notify_key: str | None = None,
    verify: bool = True,
    now: Instant | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
) -> Event:
    """Check and decode one notification pushed by MPS (``TaskNotifyConfig`` of type URL).

    ``body`` is the HTTP body as received (bytes or str), or its JSON already parsed (a dict);
    the ``{"Response": {...}}`` envelope of the ``ParseNotification`` action is accepted too.
    Two kinds are told apart by their content:

    - a task event (``EventType``): a :class:`tencent_mps.models.ParseNotificationResponse`,
      whose ``event_type`` says which task field is filled in (see :func:`event_task`);
    - a live stream processing result (``NotificationType``, from ProcessLiveStream tasks): a
      :class:`tencent_mps.models.ParseLiveStreamProcessNotificationResponse`.

    Both carry ``Sign`` and ``Timestamp`` and are verified the same way. ``notify_key`` (the
    ``NotifyKey`` of the task's notification settings) is required: without it, pass
    ``verify=False`` to parse without checking anything (a
    :class:`tencent_mps.errors.ConfigurationError` otherwise). With the key:

    1. the signature is checked first, in constant time: ``Sign`` must equal the hex MD5 of the
       decimal ``Timestamp`` followed by the key. A missing or malformed ``Sign`` or
       ``Timestamp`` counts as a bad signature. Failure raises
       :class:`tencent_mps.errors.NotificationSignatureError`, whatever else is wrong inside
       the JSON object, so that an unsigned body learns nothing more;
    2. then the expiry: ``Timestamp`` is the time after which the notification is no longer
       valid (MPS sets it 10 minutes after sending by default). It is accepted until
       ``Timestamp + tolerance`` inclusive (``tolerance``: seconds of clock skew, default
       :data:`DEFAULT_TOLERANCE`, 30 s), measured against ``now`` (UNIX seconds or an aware
       datetime; default: the current time). Later raises
       :class:`tencent_mps.errors.NotificationExpiredError`;
    3. then the event is decoded.

    .. warning::
       With ``verify=False`` nothing is verified: the body is only parsed, and anyone who can
       reach your endpoint can make up such a body. Use it only for bodies you trust (read back
       from your own queue after checking, test fixtures).

    The signature covers the key and the expiry time, not the rest of the body (this is how
    MPS signs): serve your receiver over HTTPS, and confirm with ``DescribeTaskDetail`` before
    acting on what matters.

    A body that is not a notification (not JSON, not an object, no ``EventType``, a field of
    the wrong kind) raises :class:`tencent_mps.errors.DecodeError` whose ``path`` is the wire
    path inside the notification (``WorkflowTaskEvent.TaskId``). Neither the key nor the
    received ``Sign`` appears in any error.
    """
    key = _checked_key(notify_key)
    skew = _checked_tolerance(tolerance)
    if type(verify) is not bool:
        raise ConfigurationError(f"verify must be True or False, got {verify!r}")
    if verify and key is None:
        raise ConfigurationError(
            "parse_notification needs notify_key (the NotifyKey of the task's notification "
            "settings) to verify the body; pass verify=False to parse without checking"
        )
    data = _notification_object(body)
    if verify and key is not None:
        _verify(data, key, _unix_seconds(now), skew)
    return _decode(data, key)


def _checked_key(notify_key: object) -> str | None:
    if notify_key is None:
        return None
    if not isinstance(notify_key, str):
        raise ConfigurationError(f"notify_key must be a str, got {type(notify_key).__name__}")
    if not notify_key:
        raise ConfigurationError("notify_key is empty: an empty key would verify nothing")
    return notify_key


def _checked_tolerance(tolerance: object) -> float:
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)):
        raise ConfigurationError(
            f"tolerance must be a number of seconds, got {type(tolerance).__name__}"
        )
    if not (math.isfinite(tolerance) and tolerance >= 0):
        raise ConfigurationError(f"tolerance must be finite and >= 0, got {tolerance!r}")
    return float(tolerance)


def _unix_seconds(now: object) -> float:
    """``now`` as UNIX seconds (the current time when it is None)."""
    if now is None:
        return time.time()
    if isinstance(now, datetime):
        if now.tzinfo is None or now.utcoffset() is None:
            raise ConfigurationError("now must be a timezone-aware datetime (or UNIX seconds)")
        return now.timestamp()
    if isinstance(now, bool) or not isinstance(now, (int, float)):
        raise ConfigurationError(
            f"now must be UNIX seconds or an aware datetime, got {type(now).__name__}"
        )
    try:
        value = float(now)
    except OverflowError:
        raise ConfigurationError("now is too large to be a time") from None
    if not math.isfinite(value):
        raise ConfigurationError(f"now must be finite, got {value!r}")
    return value


def _notification_object(body: object) -> dict[str, Any]:
    """The notification's JSON object: parsed if need be, out of its envelope if it has one."""
    if isinstance(body, Mapping):
        document: Any = body
    elif isinstance(body, (bytes, bytearray, memoryview, str)):
        try:
            document = load_json(body)
        except DecodeError as exc:
            exc.value = None  # a preview of the body, which would hold the Sign
            raise
    else:
        raise DecodeError(
            f"expected a notification body as bytes, str or a dict, got {type(body).__name__}"
        )
    data = _as_dict(document, "")
    if "EventType" not in data and "Response" in data:
        data = _as_dict(data["Response"], "Response")
        if data.get("Error") is not None:
            raise DecodeError("the envelope holds an API error, not a notification", "Response")
    return data


def _as_dict(value: Any, path: str) -> dict[str, Any]:
    if type(value) is dict:
        return value
    if isinstance(value, Mapping) and all(type(k) is str for k in value):
        return dict(value)
    raise DecodeError(f"expected a JSON object, got {kind_of(value)}", path)


def _verify(data: dict[str, Any], key: str, now: float, tolerance: float) -> None:
    """Signature first, then expiry (a body that is not signed learns nothing about its age)."""
    timestamp = data.get("Timestamp")
    received = data.get("Sign")
    if type(timestamp) is not int or not 0 <= timestamp <= _MAX_TIMESTAMP:
        raise NotificationSignatureError(
            "the notification's Timestamp is missing or not a valid integer, so its Sign "
            "cannot be checked"
        )
    if not _looks_like_digest(received) or not signature_matches(timestamp, key, received):
        raise NotificationSignatureError(
            "the notification's Sign is missing or does not match the notify key"
        )
    if now > timestamp + tolerance:
        raise NotificationExpiredError(
            f"the notification expired at {_utc(timestamp)} (Timestamp {timestamp}); it is now "
            f"{_utc(now)}, and {tolerance:g} s of clock skew are allowed"
        )


def _looks_like_digest(value: object) -> bool:
    """Whether ``value`` has the form of a hex MD5 digest (checked before any comparison)."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    return len(text) == 32 and _HEX_DIGITS.issuperset(text)


def _utc(seconds: float) -> str:
    try:
        return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, OSError, ValueError):
        return f"{seconds:.0f} (UNIX seconds)"


def _decode(data: dict[str, Any], key: str | None) -> Event:
    from tencent_mps import models

    if data.get("EventType") is not None:
        kind: Any = models.ParseNotificationResponse
    elif data.get("NotificationType") is not None:
        kind = models.ParseLiveStreamProcessNotificationResponse
    else:
        raise DecodeError(
            "missing: a task event has an EventType, a live stream result a NotificationType",
            "EventType",
        )
    try:
        return kind.from_dict(data)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise _without_secrets(exc, data.get("Sign"), key) from None


def _without_secrets(exc: DecodeError, received: object, key: str | None) -> DecodeError:
    """Keep the received ``Sign`` (and the key, should the body hold it) out of the error."""
    if exc.path == "Sign":
        exc.value = None
    secrets = [key] if key else []
    if isinstance(received, str) and len(received.strip()) >= 8:  # shorter: nothing to hide
        secrets += [received, received.strip()]
    if secrets:
        redact_error(exc, tuple(secrets))
    return exc
