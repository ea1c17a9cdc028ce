"""One HTTP exchange of a call, shared by the sync and async clients: sign, interpret, report.

Everything here is free of I/O: the clients send and sleep; these functions build the headers of
an attempt, turn an answer into a result or a typed error, and word what happened.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from .config import ClientConfig
from .credentials import Credentials
from .deadlines import deadline_of
from .decoding import pause_gc_for
from .envelope import load_json, unwrap
from .exceptions import (
    APIError,
    DecodeError,
    ResponseTooLargeError,
    SDKError,
    TransportError,
    ValidationError,
)
from .http_error import HTTPError, body_preview
from .log import debug_enabled, get_logger
from .operation import Operation, typed_decode
from .raw import RawResponse
from .redact import redact_error
from .retry import describe_network_error
from .service import ServiceModel
from .transport import BodyTooLarge, Endpoint, RefusedEncoding, Reply


@dataclass(slots=True)
class Budget:
    """The time a call may still take: ``deadline`` on the monotonic clock, or None."""

    started: float
    deadline: float | None

    @classmethod
    def start(cls, timeout: float | None) -> Budget:
        now = time.monotonic()
        return cls(now, None if timeout is None else now + timeout)

    def remaining(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.monotonic()

    def timeouts(self, config: ClientConfig) -> tuple[float, float]:
        """Connect and read timeouts of the next attempt, cut to the time left."""
        left = self.remaining()
        if left is None:
            return config.connect_timeout, config.read_timeout
        left = max(left, 0.001)
        return min(config.connect_timeout, left), min(config.read_timeout, left)

    def allows(self, delay: float) -> bool:
        """Whether sleeping ``delay`` seconds still leaves time for another attempt."""
        left = self.remaining()
        return left is None or delay < left

    def exhausted(self) -> bool:
        left = self.remaining()
        return left is not None and left <= 0

    def elapsed(self) -> float:
        return time.monotonic() - self.started


def slot_timeout(op: Operation, wait: float) -> TransportError:
    """The error of a call whose timeout runs out before the rate limiter's slot (``wait``
    seconds away) comes."""
    return TransportError(
        f"{op.action}: the call's timeout ran out while waiting {wait:.2f} s for the "
        "client-side rate limit (lower the rate of calls, or raise the timeout)",
        attempts=0,
    )


def encode_body(op: Operation, request: Any) -> bytes:
    """The request body: the checked request as JSON. Raises ValidationError, also for a value
    that has no JSON form (in ``extra_params`` or ``unknown_fields``, which are not checked)."""
    wire = op.encode(request)
    try:
        return json.dumps(wire, allow_nan=False).encode("utf-8")
    except (TypeError, ValueError, RecursionError) as exc:
        raise ValidationError(f"the request has a value with no JSON form: {exc}") from None


def sign(
    service: ServiceModel,
    config: ClientConfig,
    credentials: Credentials,
    op: Operation,
    body: bytes,
    timestamp: int,
) -> dict[str, str]:
    """Every header of one attempt, ``Authorization`` included (never log the result)."""
    from .headers import build_headers  # hashlib and hmac: loaded with the first call

    return build_headers(
        credentials=credentials,
        host=config.endpoint.netloc,
        service=service.name,
        action=op.action,
        version=op.version,
        body=body,
        timestamp=timestamp,
        region=config.region,
        language=config.language,
        user_agent=service.user_agent,
    )


def secrets_of(credentials: Credentials, headers: dict[str, str]) -> tuple[str, ...]:
    """What must never survive in an error: the signature, the secret key, the token."""
    auth = headers.get("Authorization", "")
    return tuple(
        s
        for s in (
            auth,
            auth.rpartition("Signature=")[2],
            credentials.secret_key,
            credentials.token or "",
        )
        if s
    )


def interpret(
    service: ServiceModel,
    config: ClientConfig,
    op: Operation,
    reply: Reply,
    attempt: int,
    secrets: tuple[str, ...],
) -> tuple[Any, str | None]:
    """The decoded response and its request id; raises the typed error an answer stands for.

    ``secrets`` (see :func:`secrets_of`) are masked in whatever the raised error keeps. Large
    bodies are decoded with the cyclic garbage collector paused (:class:`~.decoding.GCPause`).
    """
    status = reply.status
    ok = 200 <= status < 300
    failure: SDKError | None = None
    try:
        with pause_gc_for(len(reply.body)):
            found = typed_decode(op.decoders, op.response_type, reply.body) if ok else None
            if found is not None:
                rid = getattr(found, "request_id", None)
                return found, rid if type(rid) is str else None
            inner = unwrap(
                load_json(reply.body), http_status=status, error_class_for=service.error_class_for
            )
            if ok:
                rid = inner.get("RequestId")
                return op.decode(inner), rid if type(rid) is str else None
    except DecodeError as exc:
        # Raised below, outside this block: an error raised here would keep ``exc`` (and the
        # parser error under it, whose ``doc`` is the whole body) as its ``__context__``.
        failure = redact_error(exc, secrets) if ok else None
    except APIError as exc:
        failure = redact_error(exc, secrets)
    if failure is None:
        failure = http_error(op, config.endpoint, reply, attempt, secrets)
    raise failure


def http_error(
    op: Operation, endpoint: Endpoint, reply: Reply, attempt: int, secrets: tuple[str, ...]
) -> HTTPError:
    from http import HTTPStatus

    preview = body_preview(reply.body, redact=secrets)
    try:
        reason = HTTPStatus(reply.status).phrase
    except ValueError:
        reason = ""
    return HTTPError(
        f"{op.action} to {endpoint.netloc}: HTTP {reply.status} {reason}".rstrip()
        + f" without an API error envelope (after {_attempts(attempt)})"
        + (f": {preview}" if preview else ""),
        http_status=reply.status,
        body_preview=preview,
        attempts=attempt,
    )


def transport_error(
    op: Operation, endpoint: Endpoint, exc: BaseException, attempt: int, budget: Budget
) -> TransportError:
    """The TransportError a failed attempt ends the call with (the failure is chained by the
    caller): which limit ran out, what was refused, or what the network did."""
    where = f"{op.action} to {endpoint.netloc}"
    tail = f"(after {_attempts(attempt)})"
    if isinstance(exc, BodyTooLarge):
        size = f"{exc.size} bytes announced" if exc.size is not None else "more than that sent"
        return ResponseTooLargeError(
            f"{where} refused: the answer is larger than max_body_size ({exc.limit} bytes; "
            f"{size}) {tail}",
            size=exc.size,
            limit=exc.limit,
            attempts=attempt,
        )
    if isinstance(exc, RefusedEncoding):
        return TransportError(
            f"{where} refused: the answer has Content-Encoding {exc.encoding!r}, but only "
            f"identity was accepted {tail}",
            attempts=attempt,
        )
    what = describe_network_error(exc)
    deadline = deadline_of(exc)
    if deadline is not None and deadline.limit == "timeout":
        what = what.replace("ran out", f"ran out after {budget.elapsed():.1f} s", 1)
    elif budget.exhausted():
        what += f"; the call's timeout ran out after {budget.elapsed():.1f} s"
    return TransportError(f"{where} failed: {what} {tail}", attempts=attempt)


def retry_delay(
    config: ClientConfig,
    op: Operation,
    error: BaseException,
    attempt: int,
    t0: float,
    budget: Budget,
) -> float | None:
    """Log a failed attempt; the back-off before the next one, or None to give up.

    The retry policy decides (from the failure and the action's idempotency); the call's
    budget must leave time for the back-off.
    """
    delay = config.retry.retry_delay(error, attempt=attempt, idempotent=op.idempotent)
    if delay is not None and not budget.allows(delay):
        delay = None
    if debug_enabled():
        tail = f"; retrying in {delay:.3f} s" if delay is not None else "; giving up"
        rid = getattr(error, "request_id", None)
        log_attempt(op, config, attempt, t0, describe_failure(error), rid, tail)
    return delay


def applied(
    op: Operation, error: SDKError, attempt: int, budget: Budget
) -> RawResponse[Any] | None:
    """The success a re-sent attempt's error stands for, or None.

    When an earlier attempt may have reached the service, an error among the action's
    ``applied_codes`` (a re-sent Delete told the resource no longer exists) means that attempt
    was applied: the call succeeds with an empty response carrying the error's request id.
    """
    if attempt < 2 or not isinstance(error, APIError) or not op.applied_by(error.code):
        return None
    inner = {"RequestId": error.request_id} if error.request_id else {}
    return RawResponse(
        parsed=op.decode(inner),
        http_status=error.http_status or 200,
        headers={},
        body=b"",
        attempts=attempt,
        elapsed=budget.elapsed(),
        request_id=error.request_id,
    )


def describe_failure(error: BaseException) -> str:
    if isinstance(error, APIError):
        return f"HTTP {error.http_status}, error {error.code}"
    if isinstance(error, HTTPError):
        return f"HTTP {error.http_status} without an API envelope"
    return describe_network_error(error)


def describe_request(request: Any) -> str:
    """``TaskId='abc'``: the request's fields, short, for messages about a waiter."""
    to_dict = getattr(request, "to_dict", None)
    fields = to_dict() if callable(to_dict) else {}
    text = ", ".join(f"{k}={v!r}" for k, v in fields.items())
    return text if len(text) <= 120 else text[:117] + "..."


def log_attempt(
    op: Operation,
    config: ClientConfig,
    attempt: int,
    t0: float,
    outcome: str,
    request_id: str | None,
    tail: str = "",
) -> None:
    """One DEBUG line per attempt. Never includes headers, keys, tokens or signatures."""
    if not debug_enabled():
        return
    latency_ms = (time.perf_counter() - t0) * 1000.0
    rid = f", request id {request_id}" if request_id else ""
    get_logger().debug(
        "%s attempt %d/%d: %s in %.1f ms%s%s",
        op.action,
        attempt,
        config.retry.max_attempts,
        outcome,
        latency_ms,
        rid,
        tail,
    )


def _attempts(n: int) -> str:
    return f"{n} attempt{'s' if n != 1 else ''}"
