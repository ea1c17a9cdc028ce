"""A small, bounded HTTP/1.0 server on loopback for the fake cloud services (stdlib only).

It is exposed to whatever connects, so everything about it is bounded:

- at most :data:`MAX_WORKERS` connections are served at once (one thread each); a connection
  that finds every worker busy waits up to :data:`QUEUE_TIMEOUT` seconds, then is closed;
- each connection carries one request (HTTP/1.0: no keep-alive) and must deliver it within
  :data:`REQUEST_DEADLINE` seconds, with no pause longer than :data:`IDLE_TIMEOUT`;
- the request line and headers are bounded by :mod:`http.server` (64 KiB a line, 100 fields),
  bodies by :data:`MAX_BODY` (413 beyond), and ``Transfer-Encoding`` is refused (501).

The application is a function from :class:`Request` to :class:`Reply` (or :data:`DROP` to close
the connection without answering).
"""

from __future__ import annotations

import contextlib
import io
import socket
import socketserver
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any

#: Connections served at once.
MAX_WORKERS = 8
#: Seconds a new connection may wait for a free worker.
QUEUE_TIMEOUT = 5.0
#: Seconds allowed to receive a whole request.
REQUEST_DEADLINE = 10.0
#: Longest pause while receiving (seconds).
IDLE_TIMEOUT = 5.0
#: Largest request body accepted (bytes).
MAX_BODY = 64 * 1024


@dataclass(frozen=True, slots=True)
class Request:
    """One received request; ``headers`` has lower-case names (the last value of a repeated one)."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    body: bytes
    content_type: str = "application/json"


#: Returned by an application to close the connection without any answer.
DROP = Reply(0, b"", "")

App = Callable[[Request], Reply]


class _DeadlineReader(io.RawIOBase):
    """Socket reads that share one deadline: a slow sender cannot hold a worker for long."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self._sock = sock
        self._deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("request deadline passed")
        self._sock.settimeout(min(left, IDLE_TIMEOUT))
        return self._sock.recv_into(buffer)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    default_request_version = "HTTP/1.0"  # so that malformed requests get a status line
    server_version = "tencent-mps-fake-cloud"
    sys_version = ""
    timeout = IDLE_TIMEOUT
    server: _Server

    def setup(self) -> None:
        super().setup()
        deadline = time.monotonic() + REQUEST_DEADLINE
        self.rfile = io.BufferedReader(_DeadlineReader(self.connection, deadline))

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: requests carry signatures and tokens, and tests want a quiet stderr."""

    def do_GET(self) -> None:
        self._serve(b"")

    def do_POST(self) -> None:
        if self.headers.get("Transfer-Encoding") is not None:
            self._send(Reply(501, b"Transfer-Encoding is not supported\n", "text/plain"))
            return
        lengths = self.headers.get_all("Content-Length") or []
        if len(lengths) != 1 or not (lengths[0].isascii() and lengths[0].strip().isdigit()):
            self._send(
                Reply(411, b"exactly one numeric Content-Length is required\n", "text/plain")
            )
            return
        text = lengths[0].strip()
        if len(text) > 9 or int(text) > MAX_BODY:
            self._send(Reply(413, b"request body too large\n", "text/plain"))
            return
        body = self.rfile.read(int(text))
        if len(body) != int(text):
            return  # the client went away before sending its body
        self._serve(body)

    def _serve(self, body: bytes) -> None:
        headers = {name.lower(): value for name, value in self.headers.items()}
        request = Request(self.command, self.path, headers, body)
        try:
            reply = self.server.app(request)
        except Exception:  # a bug in a fake must not kill the worker silently mid-answer
            reply = Reply(500, b"internal error in the fake service\n", "text/plain")
        if reply is DROP:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._send(reply)

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(reply.body)


class _Server(socketserver.TCPServer):
    allow_reuse_address = True
    request_queue_size = 32
    daemon_threads = True

    def __init__(self, address: tuple[str, int], app: App, family: int) -> None:
        self.address_family = family
        self.app = app
        self._slots = threading.BoundedSemaphore(MAX_WORKERS)
        self._workers: set[threading.Thread] = set()
        self._workers_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(timeout=QUEUE_TIMEOUT):
            self.shutdown_request(request)
            return
        thread = threading.Thread(
            target=self._work, args=(request, client_address), name="fake-cloud-worker", daemon=True
        )
        with self._workers_lock:
            self._workers.add(thread)
        thread.start()

    def _work(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)
            self._slots.release()
            with self._workers_lock:
                self._workers.discard(threading.current_thread())

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Silent (a client that hangs up is not news)."""

    def join_workers(self, timeout: float) -> None:
        with self._workers_lock:
            workers = list(self._workers)
        for worker in workers:
            worker.join(timeout)


class LoopbackServer:
    """Runs an :data:`App` on ``host:port`` (a free port by default) in a daemon thread."""

    def __init__(
        self, app: App, *, host: str = "127.0.0.1", port: int = 0, name: str = "fake service"
    ) -> None:
        self.name = name
        if type(port) is not int or not 0 <= port <= 65535:
            raise ValueError(f"port must be an integer from 0 to 65535, got {port!r}")
        self._app = app
        self._host = host
        self._port = port
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        with self._lock:
            if self._server is not None:
                raise RuntimeError(f"the {self.name} is already running")
            family = socket.AF_INET6 if ":" in self._host else socket.AF_INET
            server = _Server((self._host, self._port), self._app, family)
            thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.1},
                name=f"{self.name}:{server.server_address[1]}",
                daemon=True,
            )
            thread.start()
            self._server, self._thread = server, thread

    def stop(self) -> None:
        with self._lock:
            server, thread = self._server, self._thread
            self._server = self._thread = None
        if server is None:
            return
        # Shutting the listening socket down wakes the serve loop's select() at once (Linux);
        # elsewhere the loop notices the shutdown request within its poll interval.
        with contextlib.suppress(OSError):
            server.socket.shutdown(socket.SHUT_RDWR)
        server.shutdown()
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)
        server.join_workers(timeout=REQUEST_DEADLINE)

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def endpoint(self) -> str:
        """``http://127.0.0.1:PORT`` (raises if not running)."""
        server = self._server
        if server is None:
            raise RuntimeError(f"the {self.name} is not running; call start() or use `with`")
        port = int(server.server_address[1])
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{port}"
