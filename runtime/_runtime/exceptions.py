"""The SDK's exception hierarchy (base classes; per-code API errors are generated)."""

from __future__ import annotations

from typing import Any


class SDKError(Exception):
    """Base class of every error raised by tencent_mps."""


class DecodeError(SDKError, ValueError):
    """A payload could not be decoded into the typed models.

    ``path`` is the wire path of the offending value, relative to the object being decoded
    (``WorkflowTask.MetaData.Width``, ``WorkflowTask.MediaProcessResultSet[0].Type``); it is the
    empty string when the problem is the document itself (invalid JSON, not an object).
    """

    def __init__(self, reason: str, path: str = "", value: Any = None) -> None:
        self.reason = reason
        self.path = path
        self.value = value
        super().__init__(reason, path)

    def __str__(self) -> str:
        where = self.path or "<document>"
        return f"{where}: {self.reason}"

    def with_prefix(self, segment: str) -> DecodeError:
        """Prepend the parent's segment (``MetaData``, ``MediaProcessResultSet[0]``) to the path."""
        self.path = f"{segment}.{self.path}" if self.path else segment
        self.args = (self.reason, self.path)
        return self


class APIError(SDKError):
    """The service answered with an error envelope (``Response.Error``).

    Subclasses, generated from the error codes in the schema, exist for every documented code;
    ``tencent_mps.errors.error_class_for(code)`` picks the most specific one.
    """

    #: The documented code this class stands for ("" for the generic class).
    default_code: str = ""
    #: Whether the code is transient by nature (throttling, internal faults).
    retryable: bool = False

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


class TransportError(SDKError):
    """The request could not be completed at the network level (after every attempt).

    The underlying exception is chained as ``__cause__``.
    """

    def __init__(self, message: str, *, attempts: int = 1) -> None:
        self.attempts = attempts
        super().__init__(message)


class ConfigurationError(SDKError, ValueError):
    """An argument given to the client is invalid (endpoint, timeouts, attempts)."""


class WaitTimeoutError(SDKError):
    """A waiter gave up before the task finished; ``last`` is the last response seen."""

    def __init__(self, message: str, *, last: Any = None) -> None:
        self.last = last
        super().__init__(message)
