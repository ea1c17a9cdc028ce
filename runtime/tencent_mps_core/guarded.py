"""urllib3 connections and pools, and an SSL socket, that report to the attempt guard of the
current thread.

See :mod:`.deadlines`. A connection starts the guard's connect phase when it connects and its
response phase once connected or when a request is sent on a kept-alive connection; a pool
disarms the guard of a connection before taking it back, so that the watchdog can never shut
down a connection that another call may be using; a TLS socket shows itself to the guard during
its handshake. Without a guard on the thread (a request made outside the transport), these
classes behave exactly like urllib3's and ssl's.

Imported by the transport only (it pulls in urllib3).
"""

from __future__ import annotations

import ssl
from typing import Any

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from .deadlines import CONNECT, RESPONSE, current_guard


def _connect(conn: HTTPConnection, connect: Any) -> None:
    guard = current_guard()
    if guard is None:
        connect()
        return
    guard.arm(conn, CONNECT)
    connect()
    guard.arm(conn, RESPONSE)  # the answer's clock starts once connected


def _before_request(conn: HTTPConnection) -> None:
    guard = current_guard()
    if guard is not None and (guard.phase != RESPONSE or guard.conn is not conn):
        guard.arm(conn, RESPONSE)


def _release(conn: Any) -> None:
    guard = getattr(conn, "_mps_guard", None)
    if guard is not None:
        guard.disarm()


class GuardedHTTPConnection(HTTPConnection):
    def connect(self) -> None:
        _connect(self, super().connect)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _before_request(self)
        super().request(*args, **kwargs)


class GuardedHTTPSConnection(HTTPSConnection):
    def connect(self) -> None:
        _connect(self, super().connect)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _before_request(self)
        super().request(*args, **kwargs)


class GuardedHTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = GuardedHTTPConnection

    def _put_conn(self, conn: Any) -> None:
        _release(conn)
        super()._put_conn(conn)


class GuardedHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = GuardedHTTPSConnection

    def _put_conn(self, conn: Any) -> None:
        _release(conn)
        super()._put_conn(conn)


#: For ``PoolManager.pool_classes_by_scheme``.
POOL_CLASSES: dict[str, type[HTTPConnectionPool]] = {
    "http": GuardedHTTPConnectionPool,
    "https": GuardedHTTPSConnectionPool,
}


class GuardedSSLSocket(ssl.SSLSocket):
    """An SSLSocket that shows itself to the current attempt's guard during its handshake
    (until the handshake ends, the connection object still holds the plain socket, which the
    TLS layer has taken over)."""

    def do_handshake(self, block: bool = False) -> None:
        guard = current_guard()
        if guard is None:
            return super().do_handshake(block)
        guard.handshake_started(self)
        try:
            super().do_handshake(block)
        finally:
            guard.handshake_ended()
        guard.check()


def guard_handshakes(context: ssl.SSLContext) -> ssl.SSLContext:
    """Make ``context`` wrap sockets as :class:`GuardedSSLSocket` (harmless to its other users:
    without a guard on the thread, that is a plain SSLSocket); returns the context."""
    context.sslsocket_class = GuardedSSLSocket
    return context
