"""Retry policy: whether a failed attempt is worth another, and how long to wait before it.

One decision, :meth:`RetryPolicy.retry_delay`, made from the failure and the action:

- a failure where the request surely did not reach the service (connection refused, DNS failure,
  connect timeout) or was turned away before it was acted on (throttling, HTTP 429) is retried
  for every action;
- a failure where the service may have received and acted on the request (read timeout,
  connection reset, HTTP 5xx, ``InternalError``, other transient API errors) is retried only for
  an idempotent action: an action that creates something is never sent twice by the SDK.

Capped exponential back-off with full jitter: before attempt ``n + 1`` the client sleeps
``random() * min(cap, base * 2 ** (n - 1))`` seconds. There is never a sleep after the final
attempt. ``sleep`` and ``random`` are injectable for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .deadlines import deadline_of
from .exceptions import APIError, ConfigurationError, TransportError
from .neterrors import NetworkError
from .tls import describe_tls_failure
from .transport import BodyTooLarge, RefusedEncoding

DEFAULT_BASE = 0.2
DEFAULT_CAP = 5.0
MAX_ATTEMPTS_LIMIT = 100


def _uniform() -> float:
    """A uniform random number in [0, 1) (the random module loads with the first back-off)."""
    import random

    return random.random()


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How many tries a call gets (``max_attempts`` counts the first) and the back-off between them."""

    max_attempts: int = 3
    base: float = DEFAULT_BASE
    cap: float = DEFAULT_CAP
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    random: Callable[[], float] = field(default=_uniform, repr=False, compare=False)

    def __post_init__(self) -> None:
        if type(self.max_attempts) is not int or not 1 <= self.max_attempts <= MAX_ATTEMPTS_LIMIT:
            raise ConfigurationError(
                f"max_attempts must be an integer from 1 to {MAX_ATTEMPTS_LIMIT}, "
                f"got {self.max_attempts!r}"
            )
        for name in ("base", "cap"):
            value = getattr(self, name)
            if type(value) not in (int, float) or not 0 <= value < float("inf"):
                raise ConfigurationError(f"{name} must be a finite number >= 0, got {value!r}")
        for name in ("sleep", "random"):
            if not callable(getattr(self, name)):
                raise ConfigurationError(f"{name} must be callable, got {getattr(self, name)!r}")

    def delay(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based) before the next."""
        ceiling = min(self.cap, self.base * (2.0 ** min(attempt - 1, 62)))
        return self.random() * ceiling

    def with_attempts(self, max_attempts: int) -> RetryPolicy:
        """The same back-off with another number of attempts."""
        return RetryPolicy(
            max_attempts=max_attempts,
            base=self.base,
            cap=self.cap,
            sleep=self.sleep,
            random=self.random,
        )

    def retry_delay(self, error: BaseException, *, attempt: int, idempotent: bool) -> float | None:
        """Seconds to wait before another attempt after ``error``; None means give up.

        ``attempt`` is the number of the attempt that failed (1-based); ``error`` is the API
        error, the HTTP error, or the network exception (urllib3's, or an OSError) it raised.
        """
        if attempt >= self.max_attempts or not should_retry(error, idempotent=idempotent):
            return None
        return self.delay(attempt)


def should_retry(error: BaseException, *, idempotent: bool) -> bool:
    """Whether ``error`` is transient, and another attempt is safe for the action."""
    if isinstance(error, APIError):
        return error.throttling or (idempotent and error.retryable)
    status = getattr(error, "http_status", None)
    if isinstance(error, TransportError) and isinstance(status, int):  # HTTPError
        return status == 429 or (idempotent and is_retryable_status(status))
    if isinstance(error, TransportError):
        return False
    if isinstance(error, NetworkError):  # the async transport's failures
        return error.not_sent or (idempotent and error.transient)
    if not_sent(error):
        return True
    return idempotent and is_retryable_network_error(error)


def not_sent(error: BaseException) -> bool:
    """A network failure that happened before any byte of the request could reach the service:
    the connection was never made (refused, unreachable, DNS, connect timeout)."""
    from urllib3 import exceptions as u3

    if isinstance(error, u3.ProxyError):
        error = error.original_error if isinstance(error.original_error, Exception) else error
        if isinstance(error, u3.ProxyError):
            return False
    if isinstance(error, u3.SSLError):
        return False
    return isinstance(
        error, (u3.NewConnectionError, u3.ConnectTimeoutError, ConnectionRefusedError)
    )


def is_retryable_status(status: int) -> bool:
    """HTTP statuses worth another try when the body is not an API error envelope."""
    return status >= 500 or status == 429


def is_retryable_network_error(exc: BaseException) -> bool:
    """Connection refused/reset/dropped, connect and read timeouts, proxy failures.

    The action is read-only, so a read timeout (request possibly processed) is safe to repeat.
    TLS failures (bad certificate, handshake errors) are not transient and are not retried.
    """
    from urllib3 import exceptions as u3

    if isinstance(exc, u3.SSLError):
        return False
    if isinstance(exc, u3.ProxyError):
        return not isinstance(exc.original_error, u3.SSLError)
    return isinstance(
        exc,
        (
            u3.TimeoutError,  # ConnectTimeoutError, ReadTimeoutError
            u3.NewConnectionError,  # refused, unreachable, DNS failure
            u3.ProtocolError,  # reset, remote closed without answering, truncated body
            ConnectionError,
            TimeoutError,
        ),
    )


def describe_network_error(exc: BaseException) -> str:
    """A short, secret-free phrase for a network failure (``"read timed out"``, ...)."""
    if isinstance(exc, BodyTooLarge):
        return f"answer larger than max_body_size ({exc.limit} bytes)"
    if isinstance(exc, RefusedEncoding):
        return f"answer in Content-Encoding {exc.encoding!r} (only identity is accepted)"
    deadline = deadline_of(exc)
    if deadline is not None:
        return deadline.detail or deadline.phrase
    if isinstance(exc, NetworkError):
        return exc.detail or exc.phrase
    from urllib3 import exceptions as u3

    # NewConnectionError derives from ConnectTimeoutError: test the specific classes first.
    if isinstance(exc, u3.NameResolutionError):
        return "host name could not be resolved"
    if isinstance(exc, u3.NewConnectionError):
        if isinstance(_root_cause(exc), ConnectionRefusedError):
            return "connection refused"
        return "could not connect"
    if isinstance(exc, u3.ConnectTimeoutError):
        return "connect timed out"
    if isinstance(exc, u3.ReadTimeoutError):
        return "read timed out"
    if isinstance(exc, u3.ProxyError):
        tls = describe_tls_failure(exc.original_error)
        return f"proxy failed (TLS error: {tls})" if tls else "proxy failed"
    if isinstance(exc, u3.SSLError):
        tls = describe_tls_failure(exc)
        return f"TLS error: {tls}" if tls else "TLS error"
    if isinstance(exc, u3.ProtocolError):
        cause = _root_cause(exc)
        if isinstance(cause, ConnectionResetError):
            return "connection reset by peer"
        return "connection closed without a complete response"
    if isinstance(exc, TimeoutError):
        return "timed out"
    if isinstance(exc, ConnectionError):
        return "connection error"
    return type(exc).__name__


def _root_cause(exc: BaseException) -> BaseException:
    """The innermost exception, following exception arguments and the cause/context chain."""
    for _ in range(10):
        inner = next((a for a in exc.args if isinstance(a, BaseException)), None)
        nxt = inner or exc.__cause__ or exc.__context__
        if nxt is None:
            break
        exc = nxt
    return exc
