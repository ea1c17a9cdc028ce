"""``wsgi_app``: a WSGI application (PEP 3333) that receives MPS event notifications.

It holds no global state and changes none of its own after construction, so one instance may be
served by any number of threads (gunicorn, wsgiref, a Flask/Django mount).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Final, TypeAlias

from tencent_mps_core.exceptions import (
    ConfigurationError,
    DecodeError,
    NotificationExpiredError,
    NotificationSignatureError,
)

from ._event import event_kind, event_task_id
from ._parse import DEFAULT_TOLERANCE, Instant, _checked_key, _checked_tolerance, _unix_seconds
from ._parse import parse_notification as _parse

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIEnvironment

    from ._parse import Event

__all__ = ["DEFAULT_MAX_BODY", "NotificationApp", "NotificationHandler", "wsgi_app"]

#: Largest body accepted by default (1 MiB; a notification is a few KiB).
DEFAULT_MAX_BODY: Final = 1024 * 1024

#: What the application calls with each verified event; its return value is ignored.
NotificationHandler: TypeAlias = "Callable[[Event], object]"
#: A fixed time, or a function giving the current time (UNIX seconds or an aware datetime).
Clock: TypeAlias = "Instant | Callable[[], Instant]"

logger = logging.getLogger("tencent_mps.notifications")

_READ_CHUNK: Final = 64 * 1024
_MAX_LENGTH_DIGITS: Final = 18


def wsgi_app(
    handler: NotificationHandler,
    *,
    notify_key: str,
    max_body: int = DEFAULT_MAX_BODY,
    now: Clock | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
) -> NotificationApp:
    """A WSGI application that receives MPS event notifications and calls ``handler(event)``.

    For each ``POST`` (any path) it reads the body (at most ``max_body`` bytes), verifies and
    decodes it with :func:`parse_notification` (``notify_key``, ``tolerance``; ``now`` fixes the
    time or gives a function for it, for tests), then calls ``handler`` with the typed event.
    Answers:

    - ``200`` after ``handler`` has returned;
    - ``401`` for a bad or missing signature, ``410`` for an expired notification, ``400`` for
      a body that is not a notification or an invalid ``Content-Length``, ``411`` without a
      ``Content-Length`` (unless the server says the input is terminated, as gunicorn does for
      chunked bodies), ``413`` above ``max_body`` (the rest of the body is not read into
      memory), ``405`` for any other method than ``POST``;
    - ``500`` when ``handler`` raises, so that MPS delivers the event again. The exception is
      logged (logger ``tencent_mps.notifications``) and never shown to the client.

    Answers are short plain text without stack traces. Since MPS may deliver an event more
    than once, make ``handler`` idempotent (the task ID and status identify an event).
    """
    return NotificationApp(
        handler, notify_key=notify_key, max_body=max_body, now=now, tolerance=tolerance
    )


class _Refused(Exception):
    """A request answered with an error status (internal to the application)."""

    def __init__(self, status: int, text: str) -> None:
        self.status = status
        self.text = text
        super().__init__(status, text)


class NotificationApp:
    """The WSGI application built by :func:`wsgi_app` (see there); call it as WSGI does."""

    __slots__ = ("_clock", "_handler", "_key", "_max_body", "_tolerance")

    def __init__(
        self,
        handler: NotificationHandler,
        *,
        notify_key: str,
        max_body: int = DEFAULT_MAX_BODY,
        now: Clock | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
    ) -> None:
        if not callable(handler):
            raise ConfigurationError(f"handler must be callable, got {type(handler).__name__}")
        key = _checked_key(notify_key)
        if key is None:
            raise ConfigurationError("notify_key is required to receive notifications")
        if isinstance(max_body, bool) or not isinstance(max_body, int) or max_body < 1:
            raise ConfigurationError(f"max_body must be a positive int, got {max_body!r}")
        if now is not None and not callable(now):
            _unix_seconds(now)  # a fixed time: check it now rather than on every request
        self._handler = handler
        self._key = key
        self._max_body = max_body
        self._clock = now
        self._tolerance = _checked_tolerance(tolerance)

    def __repr__(self) -> str:
        return (
            f"NotificationApp(handler={self._handler!r}, max_body={self._max_body}, "
            f"tolerance={self._tolerance:g})"
        )

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        remote = str(environ.get("REMOTE_ADDR") or "?")
        if environ.get("REQUEST_METHOD") != "POST":
            return _answer(start_response, 405, "only POST is allowed", [("Allow", "POST")])
        try:
            body = self._read_body(environ)
        except _Refused as refused:
            logger.info("refused a request from %s: %s", remote, refused.text)
            return _answer(start_response, refused.status, refused.text)
        try:
            event = _parse(body, notify_key=self._key, now=self._now(), tolerance=self._tolerance)
        except NotificationSignatureError:
            logger.warning("rejected a notification from %s: bad signature", remote)
            return _answer(
                start_response, 401, "invalid signature", [("WWW-Authenticate", "MPS-Sign")]
            )
        except NotificationExpiredError as exc:
            logger.warning("rejected a notification from %s: %s", remote, exc)
            return _answer(start_response, 410, "notification expired")
        except DecodeError as exc:
            logger.warning("rejected a body from %s: not a notification: %s", remote, exc)
            return _answer(start_response, 400, f"not a notification: {exc}")
        except ConfigurationError as exc:  # the clock given as ``now`` returned nonsense
            logger.error("cannot check notifications: %s", exc)
            return _answer(start_response, 500, "internal error")
        try:
            self._handler(event)
        except Exception as exc:
            logger.error(
                "the notification handler raised %s (event %r, task %r); answered 500 so that "
                "MPS delivers the event again",
                type(exc).__name__,
                event_kind(event),
                event_task_id(event),
                exc_info=True,
            )
            return _answer(start_response, 500, "the notification handler failed")
        logger.debug("handled %r event of task %r", event_kind(event), event_task_id(event))
        return _answer(start_response, 200, "ok")

    def _now(self) -> Instant | None:
        clock = self._clock
        return clock() if callable(clock) else clock

    def _read_body(self, environ: WSGIEnvironment) -> bytes:
        stream = environ.get("wsgi.input")
        if stream is None:
            raise _Refused(400, "no request body")
        declared = environ.get("CONTENT_LENGTH")
        try:
            if declared is None or (isinstance(declared, str) and not declared.strip()):
                if environ.get("wsgi.input_terminated"):
                    return self._read_to_end(stream)
                raise _Refused(411, "a Content-Length header is required")
            length = _content_length(declared)
            if length > self._max_body:
                # Read and drop a moderate excess, so that the client gets to see the answer
                # (closing on unread data resets the connection); beyond that, read nothing.
                if length - self._max_body <= max(self._max_body, _READ_CHUNK):
                    _discard(stream, length)
                raise _Refused(413, f"the body is larger than {self._max_body} bytes")
            return _read_exactly(stream, length)
        except _Refused:
            raise
        except TimeoutError:
            raise _Refused(408, "timed out reading the body") from None
        except Exception as exc:  # servers raise their own kinds (gunicorn: NoMoreData, ...)
            raise _Refused(400, f"the body could not be read ({type(exc).__name__})") from None

    def _read_to_end(self, stream: Any) -> bytes:
        parts: list[bytes] = []
        size = 0
        while True:
            chunk = stream.read(_READ_CHUNK)
            if not chunk:
                return b"".join(parts)
            size += len(chunk)
            if size > self._max_body:
                raise _Refused(413, f"the body is larger than {self._max_body} bytes")
            parts.append(chunk)


def _content_length(declared: object) -> int:
    text = declared.strip() if isinstance(declared, str) else ""
    if not (text.isascii() and text.isdigit() and len(text) <= _MAX_LENGTH_DIGITS):
        raise _Refused(400, "invalid Content-Length")
    return int(text)


def _read_exactly(stream: Any, length: int) -> bytes:
    parts: list[bytes] = []
    remaining = length
    while remaining > 0:
        chunk = stream.read(min(remaining, _READ_CHUNK))
        if not chunk:
            raise _Refused(400, "the body is shorter than its Content-Length")
        parts.append(chunk)
        remaining -= len(chunk)
    return b"".join(parts)


def _discard(stream: Any, length: int) -> None:
    remaining = length
    try:
        while remaining > 0:
            chunk = stream.read(min(remaining, _READ_CHUNK))
            if not chunk:
                return
            remaining -= len(chunk)
    except Exception:  # the answer is 413 whatever happens here
        return


def _answer(
    start_response: StartResponse,
    status: int,
    text: str,
    headers: list[tuple[str, str]] | None = None,
) -> list[bytes]:
    payload = (text + "\n").encode("utf-8", "backslashreplace")
    start_response(
        f"{status} {HTTPStatus(status).phrase}",
        [
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Length", str(len(payload))),
            ("Cache-Control", "no-store"),
            ("X-Content-Type-Options", "nosniff"),
            *(headers or []),
        ],
    )
    return [payload]
