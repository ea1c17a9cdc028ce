"""Deadlines for one HTTP attempt that per-read socket timeouts cannot give.

A socket timeout bounds each read, not the answer: a server that sends one byte a second keeps
every read short and the attempt alive forever. Each attempt of the synchronous transport is
therefore watched by an :class:`AttemptGuard`:

- while connecting (TCP, proxy tunnel, TLS handshake) the attempt may take ``connect_timeout``;
- from the moment the request is sent until the last byte of the answer (status line, headers
  and body), it may take ``read_timeout``;
- neither may go past the call's deadline (the client's or the call's ``timeout``).

The transport cuts the timeout of every body read to the time left; where it cannot step in
between reads (the TLS handshake, the status line and headers, chunk-size lines parsed by
http.client), the process-wide :class:`Watchdog` thread shuts the attempt's socket down shortly
after its deadline, which wakes the blocked read. A guard is disarmed (under its lock) before its
connection goes back to the pool, so the watchdog never touches a connection another call uses.

This module does not import urllib3; :mod:`.guarded` holds the urllib3 and ssl classes that
report their sockets to the guard of the current thread.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import math
import os
import threading
import time
from typing import TYPE_CHECKING, Any

from .neterrors import ConnectTimedOut, NetworkError, ReadTimedOut

if TYPE_CHECKING:  # imported with urllib3, when the first client is made
    import socket

CONNECT = "connect"
RESPONSE = "response"

_local = threading.local()


class DeadlineExceeded(NetworkError):
    """Base of the errors raised when an attempt's deadline passes; ``limit`` names the option
    that ran out (``"connect_timeout"``, ``"read_timeout"`` or ``"timeout"``)."""

    limit: str = ""


class ConnectDeadlineExceeded(DeadlineExceeded, ConnectTimedOut):
    """Not connected in time (TCP, proxy tunnel or TLS handshake): nothing was sent."""

    def __init__(self, detail: str, limit: str) -> None:
        self.limit = limit
        super().__init__(detail)


class ResponseDeadlineExceeded(DeadlineExceeded, ReadTimedOut):
    """No complete answer in time: the service may have acted on the request."""

    def __init__(self, detail: str, limit: str) -> None:
        self.limit = limit
        super().__init__(detail)


def deadline_of(exc: BaseException) -> DeadlineExceeded | None:
    """The deadline an attempt's failure stands for: the error itself, or the one
    :meth:`AttemptGuard.explain` attached to a socket timeout."""
    if isinstance(exc, DeadlineExceeded):
        return exc
    found = getattr(exc, "mps_deadline", None)
    return found if isinstance(found, DeadlineExceeded) else None


def current_guard() -> AttemptGuard | None:
    """The guard of the attempt running on this thread, if any."""
    guard: AttemptGuard | None = getattr(_local, "guard", None)
    return guard


class AttemptGuard:
    """The deadlines of one attempt and the connection (socket) it is using.

    ``deadline`` is the call's deadline on the monotonic clock (None: only the per-phase
    timeouts apply). Use as a context manager around the attempt: it becomes the current guard
    of the thread, and is disarmed on exit whatever happened.
    """

    __slots__ = (
        "_lock",
        "_watchdog",
        "conn",
        "connect_timeout",
        "deadline",
        "done",
        "expires",
        "fired",
        "handshaking",
        "limit",
        "phase",
        "read_timeout",
    )

    def __init__(
        self,
        *,
        connect_timeout: float,
        read_timeout: float,
        deadline: float | None,
        watchdog: Watchdog | None = None,
    ) -> None:
        self._lock = threading.Lock()
        self._watchdog = watchdog
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.deadline = deadline
        self.phase = CONNECT
        self.expires = math.inf
        self.limit = "connect_timeout"
        self.conn: Any = None
        self.handshaking: socket.socket | None = None
        self.fired = False
        self.done = False

    def __enter__(self) -> AttemptGuard:
        _local.guard = self
        return self

    def __exit__(self, *exc_info: object) -> None:
        _local.guard = None
        self.disarm()

    # -- phases --------------------------------------------------------------------------------

    def arm(self, conn: Any, phase: str) -> None:
        """Start ``phase`` on ``conn`` now; raises the deadline error if no time is left."""
        now = time.monotonic()
        expires = now + (self.connect_timeout if phase == CONNECT else self.read_timeout)
        limit = "connect_timeout" if phase == CONNECT else "read_timeout"
        if self.deadline is not None and self.deadline <= expires:
            expires, limit = self.deadline, "timeout"
        with self._lock:
            if self.done:
                return
            if self.fired:
                raise self.error()
            self.conn = conn
            self.phase = phase
            self.expires = expires
            self.limit = limit
            if conn is not None:
                conn._mps_guard = self
        if expires <= now:
            with self._lock:
                self.fired = True
            raise self.error()
        (self._watchdog or watchdog()).schedule(self, expires)

    def remaining(self) -> float:
        """Seconds left in the current phase (may be <= 0)."""
        return self.expires - time.monotonic()

    def check(self) -> None:
        """Raise the deadline error if the current phase is out of time (or the watchdog fired)."""
        if self.fired or self.remaining() <= 0:
            with self._lock:
                self.fired = True
            raise self.error()

    def disarm(self) -> None:
        """The attempt is over (or its connection goes back to the pool): never fire again."""
        with self._lock:
            if self.done:
                return
            self.done = True
            conn, self.conn, self.handshaking = self.conn, None, None
            if conn is not None and getattr(conn, "_mps_guard", None) is self:
                conn._mps_guard = None
        (self._watchdog or watchdog()).forget()

    def fire(self, expires: float) -> None:
        """Called by the watchdog: shut the socket down if this deadline is still the one set."""
        with self._lock:
            if self.done or self.fired or expires != self.expires:
                return
            self.fired = True
            sock = self.handshaking or getattr(self.conn, "sock", None)
            if sock is None:
                return
            import socket

            # socket.socket's own shutdown: SSLSocket.shutdown would also drop its TLS state
            # under the reading thread's feet.
            with contextlib.suppress(OSError, TypeError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def error(self) -> DeadlineExceeded:
        """The exception that says which limit ran out."""
        if self.phase == CONNECT:
            what = "connect timed out: " + (
                "the call's timeout ran out while connecting"
                if self.limit == "timeout"
                else f"not connected within connect_timeout ({_seconds(self.connect_timeout)})"
            )
        else:
            what = "read timed out: " + (
                "the call's timeout ran out while waiting for the answer"
                if self.limit == "timeout"
                else f"no complete answer within read_timeout ({_seconds(self.read_timeout)})"
            )
        if self.phase == CONNECT:
            return ConnectDeadlineExceeded(what, self.limit)
        return ResponseDeadlineExceeded(what, self.limit)

    def explain(self, exc: BaseException) -> None:
        """Attach to a socket timeout (kept as it is: callers may test its type) which of the
        attempt's limits it stands for; see :func:`deadline_of`."""
        with contextlib.suppress(AttributeError, TypeError):
            exc.mps_deadline = self.error()  # type: ignore[attr-defined]

    # -- hooks called by the guarded connection classes ----------------------------------------

    def handshake_started(self, sock: socket.socket) -> None:
        with self._lock:
            if not self.done:
                self.handshaking = sock
        if self.fired:
            raise self.error()

    def handshake_ended(self) -> None:
        with self._lock:
            self.handshaking = None


def _seconds(value: float) -> str:
    return f"{value:g} s"


class Watchdog:
    """One daemon thread that fires the guards whose deadline has passed.

    It fires ``grace`` seconds after a deadline: a socket timeout that ends a read at the
    deadline itself (a server that sends nothing) then reports as such, and the watchdog only
    ends what socket timeouts cannot (a server that keeps sending slowly). Entries of disarmed
    guards are dropped lazily; the heap is rebuilt when much of it is stale, so a busy client
    does not pile up entries for its (mostly short) attempts.
    """

    def __init__(self, grace: float = 0.05) -> None:
        self.grace = grace
        self._cond = threading.Condition(threading.Lock())
        self._heap: list[tuple[float, int, AttemptGuard, float]] = []
        self._seq = itertools.count()
        self._stale = 0
        self._thread: threading.Thread | None = None

    def schedule(self, guard: AttemptGuard, expires: float) -> None:
        """Fire ``guard`` (with ``expires``, its deadline then) shortly after ``expires``."""
        due = expires + self.grace
        with self._cond:
            heap = self._heap
            earliest = heap[0][0] if heap else math.inf
            heapq.heappush(heap, (due, next(self._seq), guard, expires))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="tencent-mps-watchdog", daemon=True
                )
                self._thread.start()
            elif due < earliest:
                self._cond.notify()

    def forget(self) -> None:
        """One entry became useless (its guard was disarmed)."""
        with self._cond:
            self._stale += 1
            if self._stale > 256 and self._stale * 4 >= len(self._heap):
                self._heap = [entry for entry in self._heap if not entry[2].done]
                heapq.heapify(self._heap)
                self._stale = 0

    def pending(self) -> int:
        """Entries waiting (stale ones included): for tests and diagnostics."""
        with self._cond:
            return len(self._heap)

    def _run(self) -> None:
        while True:
            due: list[tuple[float, AttemptGuard]] = []
            with self._cond:
                while not due:
                    heap = self._heap
                    if not heap:
                        self._cond.wait()
                        continue
                    wait = heap[0][0] - time.monotonic()
                    if wait > 0:
                        self._cond.wait(wait)
                        continue
                    while heap and heap[0][0] <= time.monotonic():
                        _, _, guard, expires = heapq.heappop(heap)
                        if guard.done:
                            self._stale = max(0, self._stale - 1)
                        else:
                            due.append((expires, guard))
            for expires, guard in due:
                guard.fire(expires)


_watchdog: Watchdog | None = None
_watchdog_lock = threading.Lock()


def watchdog() -> Watchdog:
    """The process-wide watchdog (its thread starts with the first guarded attempt)."""
    global _watchdog
    dog = _watchdog
    if dog is None:
        with _watchdog_lock:
            dog = _watchdog
            if dog is None:
                dog = _watchdog = Watchdog()
    return dog


def _after_fork() -> None:  # pragma: no cover - runs in forked children
    global _watchdog, _watchdog_lock
    _watchdog = None
    _watchdog_lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork)
