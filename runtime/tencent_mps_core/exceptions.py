"""The exception hierarchy of the core (per-code API error classes are generated on top of it).

Every exception the SDK raises derives from :class:`SDKError`. The generated ``errors`` module of a
service re-exports these classes next to its per-code :class:`APIError` subclasses.
"""

from __future__ import annotations

from typing import Any, Self


class SDKError(Exception):
    """Base class of every error raised by tencent_mps."""


class _PathError(SDKError, ValueError):
    """An error about one value inside a nested payload, located by its wire path."""

    def __init__(self, reason: str, path: str = "", value: Any = None) -> None:
        self.reason = reason
        self.path = path
        self.value = value
        super().__init__(reason, path)

    def __str__(self) -> str:
        where = self.path or "<document>"
        return f"{where}: {self.reason}"

    def with_prefix(self, segment: str) -> Self:
        """Prepend the parent's segment (``MetaData``, ``MediaProcessResultSet[0]``) to the path."""
        self.path = f"{segment}.{self.path}" if self.path else segment
        self.args = (self.reason, self.path)
        return self


class DecodeError(_PathError):
    """A payload could not be decoded into the typed models.

    ``path`` is the wire path of the offending value, relative to the object being decoded
    (``WorkflowTask.MetaData.Width``, ``WorkflowTask.MediaProcessResultSet[0].Type``); it is the
    empty string when the problem is the document itself (invalid JSON, not an object).
    """


class ValidationError(_PathError):
    """A request failed the checks made before it is sent; nothing was sent.

    ``path`` is the wire path of the offending value inside the request (``InputInfo.Type``,
    ``MediaProcessTask.TranscodeTaskSet[0].Definition``): a required field that is missing, or a
    value of the wrong kind.
    """


class APIError(SDKError):
    """The service answered with an error envelope (``Response.Error``).

    Subclasses, generated from the error codes in the schema, exist for every documented code;
    the generated ``error_class_for(code)`` picks the most specific one.
    """

    #: The documented code this class stands for ("" for the generic class).
    default_code: str = ""
    #: Whether the code is transient by nature (throttling, internal faults): worth another try
    #: for an action that is safe to repeat.
    retryable: bool = False
    #: Whether the answer means the request was turned away before it was acted on (throttling),
    #: so that even an action that creates something may be sent again.
    throttling: bool = False

    def __init__(
        self,
        code: str,
        message: str,
        *,
        request_id: str | None = None,
        http_status: int | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.request_id = request_id
        self.http_status = http_status
        super().__init__(code, message)

    def __str__(self) -> str:
        rid = f" (request id {self.request_id})" if self.request_id else ""
        return f"{self.code}: {self.message}{rid}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, message={self.message!r}, "
            f"request_id={self.request_id!r}, http_status={self.http_status!r})"
        )


class CredentialsError(SDKError):
    """No usable credentials were found, or the ones given are malformed."""


class CredentialsRefreshError(CredentialsError):
    """Temporary credentials could not be obtained or refreshed.

    ``code`` is the error code of the service that refused (``AuthFailure.SecretIdNotFound``),
    ``http_status`` its HTTP status, ``request_id`` its request id, when known. The message says
    which provider failed and why; it never holds a secret key, token or signature. Also
    importable as ``tencent_mps_core.credentials.CredentialsRefreshError`` and from the
    generated package's ``errors`` module.
    """

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        http_status: int | None = None,
        request_id: str | None = None,
    ) -> None:
        self.code = code
        self.http_status = http_status
        self.request_id = request_id
        super().__init__(message)

    def copy(self) -> CredentialsRefreshError:
        """A new error with the same content (each waiting caller raises its own)."""
        return type(self)(
            str(self), code=self.code, http_status=self.http_status, request_id=self.request_id
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only fields survive pickling (process pools, multiprocessing queues).
        return (
            _rebuild_refresh_error,
            (type(self), str(self), self.code, self.http_status, self.request_id),
        )


def _rebuild_refresh_error(
    cls: type[CredentialsRefreshError],
    message: str,
    code: str | None,
    http_status: int | None,
    request_id: str | None,
) -> CredentialsRefreshError:
    return cls(message, code=code, http_status=http_status, request_id=request_id)


class TransportError(SDKError):
    """The request could not be completed at the network level (after every attempt).

    The underlying exception is chained as ``__cause__``.
    """

    def __init__(self, message: str, *, attempts: int = 1) -> None:
        self.attempts = attempts
        super().__init__(message)


class ResponseTooLargeError(TransportError):
    """The answer's body is larger than the client's ``max_body_size``.

    Raised as soon as the excess is known (from Content-Length, or while reading a body sent
    without one), without reading the rest; the connection is closed. Not retried: the same
    request would get the same answer. ``size`` is the announced length (None when the body came
    without one), ``limit`` the cap in bytes.
    """

    def __init__(
        self, message: str, *, size: int | None = None, limit: int = 0, attempts: int = 1
    ) -> None:
        self.size = size
        self.limit = limit
        super().__init__(message, attempts=attempts)


class ConfigurationError(SDKError, ValueError):
    """An argument given to the client is invalid (endpoint, timeouts, attempts)."""


class ClientClosedError(ConfigurationError, RuntimeError):
    """The client (or a client sharing its connection pool through ``with_options``) was closed.

    A closed client does not reopen: every call, waiter and paginator on it raises this error.
    Create a new client instead.
    """


class UnknownOptionError(ConfigurationError, TypeError):
    """A keyword argument the client does not take (also a TypeError, as Python would raise)."""


class WaiterError(SDKError):
    """A waiter ended without reaching its success state; ``last`` is the last response seen."""

    def __init__(self, message: str, *, last: Any = None) -> None:
        self.last = last
        super().__init__(message)


class WaitTimeoutError(WaiterError):
    """A waiter (or a watch) ran out of time; ``last`` is the last response seen.

    ``pending`` holds what was still unfinished when time ran out (the task IDs of a watch).
    """

    def __init__(self, message: str, *, last: Any = None, pending: tuple[str, ...] = ()) -> None:
        self.pending = pending
        super().__init__(message, last=last)


class WaiterFailureError(WaiterError):
    """A waiter reached a failure state (an acceptor of state ``failure`` matched)."""


class NotificationError(SDKError):
    """An event notification pushed by the service could not be accepted."""


class NotificationSignatureError(NotificationError):
    """The notification's signature does not match the notify key: it may be forged."""


class NotificationExpiredError(NotificationError):
    """The notification is past its expiry time: it may be replayed."""
