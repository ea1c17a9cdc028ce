"""The HTTP side of the emulator: one event-loop thread that serves every connection.

:class:`EmulatorServer` accepts connections on a non-blocking listening socket and watches them
with a ``selectors`` selector. Idle and partly received connections cost a socket and a small
buffer, never a thread: a server serves any number of clients from the single thread that runs
:meth:`EmulatorServer.serve_forever`. A complete request is answered on that thread (the service
is fast and CPU-bound); a ``delay`` fault is a timer, so it holds back only its own connection.

Limits, as class attributes (a subclass may change them) or constructor keywords:

``max_connections`` (1000)
    Open client connections. At the limit, a new connection evicts the connection that has been
    idle or partly received the longest; if every connection is busy answering, it is refused.
``max_request_line`` (8 KiB), ``max_header_bytes`` (32 KiB), ``max_headers`` (100)
    The request line, the header block and its number of fields (414 / 431 beyond them).
``request_timeout`` (20 s)
    Time allowed to receive a whole request, from its first byte (a new connection's first
    request counts from the accept), and again to write its answer. A request still incomplete
    then gets a 408 and the connection is closed.
``idle_timeout`` (60 s)
    How long a kept-alive connection may wait for its next request.
``connection_buffer`` (16 KiB), ``body_buffer_budget`` (32 MiB)
    Each connection may hold ``connection_buffer`` bytes of request at any time; what larger
    bodies need beyond that is drawn from ``body_buffer_budget``, shared by all connections and
    set aside a whole request at a time (all it still needs, or nothing), so that concurrent
    large requests finish in turn. A connection that cannot have its share yet stops being read
    (TCP flow control holds the client back) until other requests complete or time out. Request bodies are received as they
    arrive, never allocated from the announced ``Content-Length``, so the request buffers of
    all connections together stay below ``max_connections * connection_buffer +
    body_buffer_budget`` (48 MiB with the defaults), whatever clients send.

Framing errors (RFC 9112) get an HTTP error (400, 414, 431, 501 or 505; a body over 10 MB gets
the service's ``RequestSizeLimitExceeded`` envelope) and the connection is closed once the answer
is written; a client that hangs up in the middle of a request gets a best-effort 400, a slow one
a 408. When the process runs out of file descriptors, the oldest idle connection is evicted, or
accepting pauses for a moment; the loop never spins.
"""

from __future__ import annotations

import collections
import contextlib
import errno
import heapq
import itertools
import logging
import math
import os
import selectors
import socket
import struct
import sys
import threading
import time
from dataclasses import dataclass

from ._calls import CallLog
from ._connection import Connection, State
from ._exchange import JSON_TYPE, Answer, Exchange, Handles, Responder
from ._faults import FaultQueue
from ._http import (
    CONTINUE,
    MAX_BODY,
    FramingError,
    Limits,
    RequestParser,
    error_page,
)

logger = logging.getLogger("tencent_mps.testing")

__all__ = ["JSON_TYPE", "MAX_BODY", "EmulatorServer", "ServerStats"]

#: Most bytes received from a socket at once.
RECV_SIZE = 64 * 1024
#: Connections accepted per readiness event before other connections get their turn.
ACCEPT_BATCH = 64
#: After the process ran out of file descriptors, accepting resumes after this many seconds.
ACCEPT_PAUSE = 0.1
#: How long a closing connection is drained so that the client reads its answer (seconds).
LINGER_TIMEOUT = 2.0

_LISTENER = "listener"
_WAKEUP = "wakeup"
_OUT_OF_DESCRIPTORS = {errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM}


@dataclass(frozen=True, slots=True)
class ServerStats:
    """A snapshot of what the server holds, for tests and diagnostics.

    ``buffered_bytes`` counts request bytes received and not answered yet plus answer bytes not
    written yet, over all connections; ``peak_*`` are the highest values since the start.
    ``evicted`` connections were closed to admit new ones at ``max_connections``; ``refused``
    ones were closed at once because no connection could be evicted; ``timed_out`` ones missed
    ``request_timeout``; ``idle_closed`` ones waited longer than ``idle_timeout``; ``paused``
    connections are waiting for the shared body buffer budget.
    """

    connections: int
    buffered_bytes: int
    peak_connections: int
    peak_buffered_bytes: int
    accepted: int
    evicted: int
    refused: int
    timed_out: int
    idle_closed: int
    paused: int


class EmulatorServer:
    """A non-blocking HTTP/1.1 server for the emulator's service, fault queue and call log.

    The interface follows ``socketserver.TCPServer``: bind and listen at construction, then
    :meth:`serve_forever` in a thread, :meth:`shutdown` from another, and :meth:`server_close`.
    """

    address_family: socket.AddressFamily = socket.AF_INET
    #: Listen backlog (the system caps it at its own maximum, somaxconn on Linux).
    request_queue_size = 1024
    allow_reuse_address = os.name != "nt"

    max_connections = 1000
    max_request_line = 8 * 1024
    max_header_bytes = 32 * 1024
    max_headers = 100
    request_timeout = 20.0
    idle_timeout = 60.0
    connection_buffer = 16 * 1024
    body_buffer_budget = 32 * 1024 * 1024

    def __init__(
        self,
        address: tuple[str, int] | tuple[str, int, int, int],
        *,
        service: Handles,
        faults: FaultQueue,
        calls: CallLog,
        stopping: threading.Event,
        max_connections: int | None = None,
        max_request_line: int | None = None,
        max_header_bytes: int | None = None,
        max_headers: int | None = None,
        request_timeout: float | None = None,
        idle_timeout: float | None = None,
        connection_buffer: int | None = None,
        body_buffer_budget: int | None = None,
    ) -> None:
        self.service = service
        self.faults = faults
        self.calls = calls
        self.stopping = stopping
        self._configure(
            max_connections=max_connections,
            max_request_line=max_request_line,
            max_header_bytes=max_header_bytes,
            max_headers=max_headers,
            request_timeout=request_timeout,
            idle_timeout=idle_timeout,
            connection_buffer=connection_buffer,
            body_buffer_budget=body_buffer_budget,
        )
        self._responder = Responder(service, faults, calls)
        self._limits = Limits(self.max_request_line, self.max_header_bytes, self.max_headers)
        self.socket = self._listen(address)
        self.server_address = self.socket.getsockname()
        self._selector = selectors.DefaultSelector()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._wake_w.setblocking(False)
        self._selector.register(self.socket, selectors.EVENT_READ, _LISTENER)
        self._selector.register(self._wake_r, selectors.EVENT_READ, _WAKEUP)
        self._listening = True
        self._accept_resume_at = math.inf
        self._scratch = bytearray(RECV_SIZE)
        self._scratch_view = memoryview(self._scratch)
        self._conns: dict[Connection, None] = {}
        # Connections that may be evicted (idle, partly received, or closing), oldest first.
        self._evictable: collections.OrderedDict[Connection, None] = collections.OrderedDict()
        self._paused: set[Connection] = set()
        self._timers: list[tuple[float, int, Connection]] = []
        self._seq = itertools.count()
        self._buffered = self._charged = self._reserved = 0
        self._peak_conns = self._peak_buffered = 0
        self._accepted = self._evicted = self._refused = self._timed_out = self._idle_closed = 0
        self._lifecycle = threading.Lock()
        self._is_shut_down = threading.Event()
        self._is_shut_down.set()
        self._shutdown_request = False
        self._drop_request = False
        self._closed = False

    def _configure(self, **overrides: float | None) -> None:
        for name, value in overrides.items():
            if value is not None:
                setattr(self, name, value)
        for name in ("max_connections", "max_request_line", "max_header_bytes", "max_headers"):
            value = getattr(self, name)
            if type(value) is not int or value < 1:
                raise ValueError(f"{name} must be a positive integer, got {value!r}")
        for name in ("connection_buffer", "body_buffer_budget"):
            value = getattr(self, name)
            if type(value) is not int or value < 0:
                raise ValueError(f"{name} must be a non-negative integer, got {value!r}")
        for name in ("request_timeout", "idle_timeout"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or not 0 < value < math.inf:
                raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")
        if self.connection_buffer + self.body_buffer_budget < MAX_BODY:
            raise ValueError("connection_buffer + body_buffer_budget must hold a 10 MB body")
        if sys.platform == "win32":  # select() there watches at most 512 sockets
            self.max_connections = min(self.max_connections, 500)

    def _listen(self, address: tuple[str, int] | tuple[str, int, int, int]) -> socket.socket:
        sock = socket.socket(self.address_family, socket.SOCK_STREAM)
        try:
            if self.allow_reuse_address:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(address)
            sock.listen(self.request_queue_size)
            sock.setblocking(False)
        except BaseException:
            sock.close()
            raise
        return sock

    # -- the public lifecycle ------------------------------------------------------------------

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        """Serve until :meth:`shutdown`; ``poll_interval`` bounds each wait for events."""
        with self._lifecycle:
            if self._closed:
                raise ValueError("the server is closed")
            self._is_shut_down.clear()
        try:
            while not self._shutdown_request:
                ready = self._selector.select(self._wait_time(poll_interval))
                for key, mask in ready:
                    self._dispatch(key.data, mask)
                self._run_timers()
                if self._drop_request:
                    self._drop_request = False
                    self._drop_all()
        finally:
            self._drop_all()
            self._shutdown_request = False
            self._is_shut_down.set()

    def shutdown(self) -> None:
        """Stop :meth:`serve_forever` and wait for it; call it from another thread."""
        self._shutdown_request = True
        self._wake()
        self._is_shut_down.wait()

    def close_connections(self) -> None:
        """Close every client connection (the serving thread does it when it is running)."""
        with self._lifecycle:
            if self._is_shut_down.is_set():
                self._drop_all()
                return
            self._drop_request = True
        self._wake()

    def server_close(self) -> None:
        """Release the listening socket, the selector and every connection."""
        with self._lifecycle:
            if self._closed:
                return
            self._closed = True
            running = not self._is_shut_down.is_set()
        if running:
            self._shutdown_request = True
            self._wake()
            self._is_shut_down.wait(5.0)
        self._drop_all()
        with contextlib.suppress(KeyError, ValueError, OSError):
            self._selector.close()
        for sock in (self.socket, self._wake_r, self._wake_w):
            with contextlib.suppress(OSError):
                sock.close()

    def stats(self) -> ServerStats:
        """Counters and buffer sizes (read without locking: a consistent-enough snapshot)."""
        return ServerStats(
            connections=len(self._conns),
            buffered_bytes=self._buffered,
            peak_connections=self._peak_conns,
            peak_buffered_bytes=self._peak_buffered,
            accepted=self._accepted,
            evicted=self._evicted,
            refused=self._refused,
            timed_out=self._timed_out,
            idle_closed=self._idle_closed,
            paused=len(self._paused),
        )

    def fileno(self) -> int:
        return self.socket.fileno()

    # -- the loop ------------------------------------------------------------------------------

    def _wake(self) -> None:
        with contextlib.suppress(OSError):
            self._wake_w.send(b"\0")

    def _wait_time(self, poll_interval: float) -> float:
        now = time.monotonic()
        until = min(self._accept_resume_at, self._timers[0][0] if self._timers else math.inf)
        return max(0.0, min(poll_interval, until - now))

    def _dispatch(self, data: object, mask: int) -> None:
        if data is _LISTENER:
            try:
                self._accept()
            except Exception:  # never let one connection's trouble end the loop
                logger.exception("the emulator's server failed to accept a connection")
            return
        if data is _WAKEUP:
            with contextlib.suppress(OSError):
                while self._wake_r.recv(4096):
                    pass
            return
        assert isinstance(data, Connection)
        if data.closed:  # closed earlier in this round (evicted, for one)
            return
        try:
            if mask & selectors.EVENT_WRITE and data.state is State.WRITING:
                if self._flush(data):
                    self._process(data)
            elif mask & selectors.EVENT_READ:
                self._on_readable(data)
        except OSError as exc:  # the client reset or vanished
            logger.debug("connection ended: %s", exc)
            self._close(data)
        except Exception:
            logger.exception("the emulator's server failed on a connection")
            self._close(data)

    def _run_timers(self) -> None:
        now = time.monotonic()
        if not self._listening and now >= self._accept_resume_at:
            self._accept_resume_at = math.inf
            self._listening = True
            with contextlib.suppress(KeyError, ValueError, OSError):
                self._selector.register(self.socket, selectors.EVENT_READ, _LISTENER)
        timers = self._timers
        while timers and timers[0][0] <= now:
            when, _, conn = heapq.heappop(timers)
            if conn.closed:
                continue
            if when == conn.scheduled:
                conn.scheduled = math.inf
            if conn.deadline <= now:
                conn.deadline = math.inf
                try:
                    self._on_deadline(conn)
                except OSError as exc:
                    logger.debug("connection ended: %s", exc)
                    self._close(conn)
                except Exception:
                    logger.exception("the emulator's server failed on a connection")
                    self._close(conn)
            elif conn.deadline < conn.scheduled:
                self._schedule(conn, conn.deadline)
        if len(timers) > 4 * len(self._conns) + 1024:  # entries of closed connections pile up
            self._timers = [t for t in timers if not t[2].closed and t[0] == t[2].scheduled]
            heapq.heapify(self._timers)

    def _set_deadline(self, conn: Connection, seconds: float) -> None:
        conn.deadline = time.monotonic() + seconds
        if conn.deadline < conn.scheduled:
            self._schedule(conn, conn.deadline)

    def _schedule(self, conn: Connection, when: float) -> None:
        heapq.heappush(self._timers, (when, next(self._seq), conn))
        conn.scheduled = when

    # -- accepting -----------------------------------------------------------------------------

    def _accept(self) -> None:
        for _ in range(ACCEPT_BATCH):
            try:
                sock, _peer = self.socket.accept()
            except (BlockingIOError, InterruptedError):
                return
            except ConnectionAbortedError:
                continue
            except OSError as exc:
                if exc.errno in _OUT_OF_DESCRIPTORS:
                    if self._evict_one():
                        continue
                    self._pause_accepting(time.monotonic() + ACCEPT_PAUSE)
                else:  # the listening socket was shut down: the server is stopping
                    self._pause_accepting(math.inf)
                return
            self._admit(sock)

    def _pause_accepting(self, until: float) -> None:
        if self._listening:
            self._listening = False
            with contextlib.suppress(KeyError, ValueError, OSError):
                self._selector.unregister(self.socket)
        self._accept_resume_at = until

    def _admit(self, sock: socket.socket) -> None:
        if len(self._conns) >= self.max_connections and not self._evict_one():
            self._refused += 1
            with contextlib.suppress(OSError):
                sock.close()
            return
        try:
            sock.setblocking(False)
            # Answers are written in one piece, but without TCP_NODELAY Nagle's algorithm and
            # the client's delayed ACK can still hold the last segment back by about 40 ms.
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            with contextlib.suppress(OSError):
                sock.close()
            return
        conn = Connection(sock, RequestParser(self._limits))
        self._conns[conn] = None
        self._evictable[conn] = None
        self._accepted += 1
        self._peak_conns = max(self._peak_conns, len(self._conns))
        self._set_deadline(conn, self.request_timeout)
        self._watch(conn, selectors.EVENT_READ)

    def _evict_one(self) -> bool:
        """Close the connection idle or partly received the longest; False if none is."""
        while self._evictable:
            conn, _ = self._evictable.popitem(last=False)
            if not conn.closed:
                self._evicted += 1
                self._close(conn)
                return True
        return False

    # -- reading -------------------------------------------------------------------------------

    def _on_readable(self, conn: Connection) -> None:
        if conn.state is State.CLOSING:
            if conn.sock.recv_into(self._scratch, RECV_SIZE) == 0:
                self._close(conn)
            return
        if conn.state is not State.READING:
            return
        size = self._read_allowance(conn)
        if size <= 0:
            self._paused.add(conn)
            self._watch(conn, 0)
            return
        count = conn.sock.recv_into(self._scratch, size)
        if count == 0:
            self._on_eof(conn)
            return
        if not conn.started:
            conn.started = True
            self._set_deadline(conn, self.request_timeout)
        conn.inbuf += self._scratch_view[:count]
        self._process(conn)

    def _read_allowance(self, conn: Connection) -> int:
        """What ``conn`` may receive now. Beyond its own buffer, a request draws only on the
        part of the shared budget set aside for it: whole bodies are reserved in turn, so
        concurrent large requests finish one after another instead of all stalling half-read."""
        wanted = conn.parser.wanted(len(conn.inbuf))
        request = conn.request_bytes()
        own = max(0, self.connection_buffer - request)
        need = min(self.body_buffer_budget, request + wanted - self.connection_buffer)
        if (
            need > conn.reserved
            and self._reserved + need - conn.reserved <= self.body_buffer_budget
        ):
            self._reserved += need - conn.reserved  # all of what the request still needs, or none
            conn.reserved = need
        shared = max(0, conn.reserved - conn.charged)
        return min(RECV_SIZE, wanted, own + shared)

    def _on_eof(self, conn: Connection) -> None:
        if conn.started:  # the client stopped sending in the middle of a request
            self._send_last(conn, error_page(400, "Incomplete request"))
        self._close(conn)

    def _process(self, conn: Connection) -> None:
        """Answer the complete requests ``conn`` holds, one after the other (pipelining)."""
        while conn.state is State.READING and not conn.closed:
            try:
                message = conn.parser.parse(conn.inbuf)
            except FramingError as error:
                self._account(conn)
                self._answer(conn, self._responder.refuse(error))
                return
            if message is None:
                head = conn.parser.head
                if head is not None and head.expect_continue and not conn.continued:
                    conn.continued = True
                    with contextlib.suppress(BlockingIOError):
                        conn.sock.send(CONTINUE)
                self._account(conn)
                return
            conn.started = conn.continued = False
            self._account(conn)
            self._evictable.pop(conn, None)  # busy until answered
            outcome = self._responder.begin(message)
            if isinstance(outcome, Exchange) and outcome.delay > 0:
                conn.state = State.WAITING
                conn.exchange = outcome
                self._watch(conn, 0)
                self._set_deadline(conn, outcome.delay)
                return
            if isinstance(outcome, Exchange):
                outcome = self._responder.finish(outcome)
            self._answer(conn, outcome)

    # -- answering -----------------------------------------------------------------------------

    def _answer(self, conn: Connection, answer: Answer) -> None:
        """Write ``answer``; the connection is READING again when it went out at once."""
        if answer.reset:
            self._reset(conn)
            return
        conn.state = State.WRITING
        conn.close_after = answer.close
        conn.out = memoryview(answer.data)
        self._flush(conn)

    def _flush(self, conn: Connection) -> bool:
        """Write what the socket takes; True when the connection is ready for its next request."""
        out = conn.out
        while out:
            try:
                sent = conn.sock.send(out)
            except BlockingIOError:
                sent = 0
            if sent == 0:
                conn.out = out
                self._account(conn)
                if conn.events != selectors.EVENT_WRITE:
                    self._watch(conn, selectors.EVENT_WRITE)
                    self._set_deadline(conn, self.request_timeout)
                return False
            out = out[sent:]
        conn.out = None
        self._account(conn)
        if conn.close_after:
            self._linger(conn)
            return False
        conn.state = State.READING
        conn.parser.reset()
        self._evictable[conn] = None
        self._watch(conn, selectors.EVENT_READ)
        self._set_deadline(conn, self.request_timeout if conn.inbuf else self.idle_timeout)
        conn.started = bool(conn.inbuf)
        return True

    def _on_deadline(self, conn: Connection) -> None:
        if conn.state is State.WAITING:
            exchange, conn.exchange = conn.exchange, None
            if exchange is None or self.stopping.is_set():
                self._close(conn)  # the emulator is stopping: give up on this call
                return
            self._answer(conn, self._responder.finish(exchange))
            self._process(conn)
        elif conn.state is State.READING and conn.started:
            self._timed_out += 1
            self._send_last(conn, error_page(408, "The request took too long to arrive"))
            self._close(conn)
        elif conn.state is State.READING:
            self._idle_closed += 1
            self._close(conn)
        else:  # an answer the client does not read, or a closing connection that lingers
            if conn.state is State.WRITING:
                self._timed_out += 1
            self._close(conn)

    # -- closing -------------------------------------------------------------------------------

    def _linger(self, conn: Connection) -> None:
        """Shut the connection for writing and drain it, so that the client reads the answer.

        Closing a socket with unread bytes makes the system send a RST, which can destroy the
        answer before the client has read it (an oversized body refused unread, for one).
        """
        conn.state = State.CLOSING
        conn.release_buffers()
        self._account(conn)
        try:
            conn.sock.shutdown(socket.SHUT_WR)
        except OSError:
            self._close(conn)
            return
        self._evictable[conn] = None
        self._watch(conn, selectors.EVENT_READ)
        self._set_deadline(conn, LINGER_TIMEOUT)

    def _send_last(self, conn: Connection, data: bytes) -> None:
        """A best-effort answer just before closing (it may not fit or may not be read)."""
        with contextlib.suppress(OSError):
            conn.sock.send(data)

    def _reset(self, conn: Connection) -> None:
        """Abort the connection with a TCP RST instead of an answer (the reset fault)."""
        with contextlib.suppress(OSError):
            conn.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self._close(conn)

    def _close(self, conn: Connection) -> None:
        if conn.closed:
            return
        conn.closed = True
        if conn.events:
            with contextlib.suppress(KeyError, ValueError, OSError):
                self._selector.unregister(conn.sock)
            conn.events = 0
        self._conns.pop(conn, None)
        self._evictable.pop(conn, None)
        self._paused.discard(conn)
        conn.release_buffers()
        self._account(conn)
        with contextlib.suppress(OSError):
            conn.sock.close()

    def _drop_all(self) -> None:
        """Close every connection, telling kept-alive clients with an end of stream."""
        for conn in list(self._conns):
            with contextlib.suppress(OSError):
                conn.sock.shutdown(socket.SHUT_RDWR)
            self._close(conn)
        self._timers.clear()

    # -- bookkeeping ---------------------------------------------------------------------------

    def _watch(self, conn: Connection, events: int) -> None:
        if events == conn.events:
            return
        if conn.events == 0:
            self._selector.register(conn.sock, events, conn)
        elif events == 0:
            self._selector.unregister(conn.sock)
        else:
            self._selector.modify(conn.sock, events, conn)
        conn.events = events

    def _account(self, conn: Connection) -> None:
        """Update the buffer totals after ``conn``'s buffers changed."""
        request = conn.request_bytes()
        held = request + (len(conn.out) if conn.out is not None else 0)
        charged = max(0, request - self.connection_buffer)
        self._buffered += held - conn.held
        conn.held = held
        freed = charged < conn.charged
        self._charged += charged - conn.charged
        conn.charged = charged
        if conn.reserved and (request < self.connection_buffer or conn.closed):
            self._reserved -= conn.reserved  # the request is complete (or gone): next one's turn
            conn.reserved = 0
            freed = True
        self._peak_buffered = max(self._peak_buffered, self._buffered)
        if freed and self._paused:
            paused, self._paused = self._paused, set()
            for other in paused:
                if not other.closed and other.state is State.READING:
                    self._watch(other, selectors.EVENT_READ)
