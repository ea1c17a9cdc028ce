"""Network failures in terms the retry decision understands, whatever HTTP library raised them.

The synchronous transport raises urllib3's exceptions; the asynchronous one maps aiohttp's to
these classes (the original chained as ``__cause__``), so that one retry decision serves both.
"""

from __future__ import annotations


class NetworkError(OSError):
    """A request could not be completed at the network level."""

    #: Whether the request surely never reached the service (safe to send again, always).
    not_sent: bool = False
    #: Whether another attempt may help.
    transient: bool = True
    #: A short, secret-free phrase for messages ("connection refused", ...).
    phrase: str = "network error"

    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        super().__init__(detail or self.phrase)


class ConnectFailed(NetworkError):
    """No connection could be made (refused, unreachable, DNS): nothing was sent."""

    not_sent = True
    phrase = "could not connect"


class ConnectTimedOut(NetworkError):
    """The connection was not established in time: nothing was sent."""

    not_sent = True
    phrase = "connect timed out"


class ReadTimedOut(NetworkError):
    """No (complete) answer in time: the service may have acted on the request."""

    phrase = "read timed out"


class ConnectionDropped(NetworkError):
    """The connection was reset or closed before a complete answer."""

    phrase = "connection closed without a complete response"


class TLSFailed(NetworkError):
    """The TLS handshake or certificate check failed: not transient."""

    transient = False
    phrase = "TLS error"


__all__ = [
    "ConnectFailed",
    "ConnectTimedOut",
    "ConnectionDropped",
    "NetworkError",
    "ReadTimedOut",
    "TLSFailed",
]
