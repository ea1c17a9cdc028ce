"""A scriptable loopback HTTP server that plays the Tencent Cloud API for client tests.

Each request pops the next ``Step`` from the script (or uses the default step once the script is
exhausted) and is recorded (headers, body, client port, time of arrival).
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Step = Callable[["Handler"], None]


@dataclass(frozen=True)
class Recorded:
    """One request as the server saw it. ``headers`` keys are lower-case."""

    path: str
    headers: dict[str, str]
    raw_headers: list[tuple[str, str]]
    body: bytes
    client_port: int


def envelope(inner: dict[str, Any]) -> bytes:
    return json.dumps({"Response": inner}).encode("utf-8")


def error_body(
    code: str, message: str = "something went wrong", request_id: str = "rid-1"
) -> bytes:
    return envelope({"Error": {"Code": code, "Message": message}, "RequestId": request_id})


def respond(
    body: bytes,
    *,
    status: int = 200,
    content_type: str | None = "application/json",
    headers: Iterable[tuple[str, str]] = (),
) -> Step:
    """Answer with ``body`` (Content-Length set; keep-alive kept)."""

    def step(h: Handler) -> None:
        h.send_response(status)
        if content_type is not None:
            h.send_header("Content-Type", content_type)
        for name, value in headers:
            h.send_header(name, value)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)
        h.wfile.flush()

    return step


def api_error(code: str, *, status: int = 200, content_type: str = "application/json") -> Step:
    return respond(error_body(code), status=status, content_type=content_type)


def reset() -> Step:
    """Abort the connection with a TCP RST (SO_LINGER 0) without answering."""

    def step(h: Handler) -> None:
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.drop()

    return step


def hang_up() -> Step:
    """Close the connection cleanly (FIN) without answering."""

    def step(h: Handler) -> None:
        h.connection.shutdown(socket.SHUT_RDWR)
        h.drop()

    return step


def delay(seconds: float, then: Step) -> Step:
    """Wait (interruptibly, so the server can shut down), then run ``then``."""

    def step(h: Handler) -> None:
        if h.server.stopping.wait(seconds):
            h.drop()
            return
        try:
            then(h)
        except OSError:  # the client gave up (read timeout) and closed the socket
            h.close_connection = True

    return step


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        # Headers and body go out in two writes: without NODELAY, Nagle + delayed ACK cost ~40 ms.
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().setup()

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        self.server.owner.record(
            Recorded(
                path=self.path,
                headers={k.lower(): v for k, v in self.headers.items()},
                raw_headers=list(self.headers.items()),
                body=body,
                client_port=self.client_address[1],
            )
        )
        self.server.owner.next_step()(self)

    def drop(self) -> None:
        """Give up on this connection without writing anything more."""
        self.close_connection = True
        self.connection.close()
        self.wfile = _Discard()  # type: ignore[assignment]  # finish() must not flush into a closed socket

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Discard:
    def write(self, data: bytes) -> int:
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default (5) drops SYNs from concurrent callers: 1 s stalls
    owner: ScriptedServer
    stopping: threading.Event

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # resets and client-side timeouts are expected here


@dataclass
class ScriptedServer:
    """Owns the listening socket; ``script`` steps are consumed in order, then ``default``."""

    default: Step
    script: deque[Step] = field(default_factory=deque)
    requests: list[Recorded] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), Handler)
        self._server.owner = self
        self._server.stopping = threading.Event()
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def add(self, *steps: Step) -> None:
        with self._lock:
            self.script.extend(steps)

    def record(self, request: Recorded) -> None:
        with self._lock:
            self.requests.append(request)

    def next_step(self) -> Step:
        with self._lock:
            return self.script.popleft() if self.script else self.default

    def reset_state(self, default: Step | None = None) -> None:
        with self._lock:
            self.script.clear()
            self.requests.clear()
            if default is not None:
                self.default = default

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.requests)

    def stop(self) -> None:
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


# -- hostile answers (new helpers; the steps above stay as they are) -------------------------------


def raw(data: bytes, *, then_close: bool = False) -> Step:
    """Write ``data`` as it is (status line, headers and body written by the test)."""

    def step(h: Handler) -> None:
        try:
            h.wfile.write(data)
            h.wfile.flush()
        except OSError:
            h.close_connection = True
            return
        if then_close:
            h.connection.shutdown(socket.SHUT_RDWR)
            h.drop()

    return step


def drip(data: bytes, interval: float, *, head: bytes = b"") -> Step:
    """Write ``head`` at once, then ``data`` one byte every ``interval`` seconds.

    Stops when the client goes away or the server stops; the connection is closed afterwards.
    """

    def step(h: Handler) -> None:
        try:
            if head:
                h.wfile.write(head)
                h.wfile.flush()
            for i in range(len(data)):
                if h.server.stopping.wait(interval):
                    break
                h.wfile.write(data[i : i + 1])
                h.wfile.flush()
        except OSError:
            pass
        h.drop()

    return step


def drip_status_line(interval: float = 0.2) -> Step:
    """An answer that never ends its headers: a byte of a header every ``interval`` seconds."""
    return drip(b"X-Slow: " + b"a" * 60_000, interval, head=b"HTTP/1.1 200 OK\r\n")


def drip_body(interval: float = 0.2, length: int = 100_000) -> Step:
    """Complete headers announcing ``length`` bytes, then a byte every ``interval`` seconds."""
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {length}\r\n\r\n".encode()
    )
    return drip(b" " * length, interval, head=head)


def drip_chunk_size(interval: float = 0.2) -> Step:
    """A chunked answer whose first chunk-size line never ends (leading zeros, dripped)."""
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    return drip(b"0" * 60_000, interval, head=head)


def never_answer() -> Step:
    """Read the request and say nothing until the server stops."""

    def step(h: Handler) -> None:
        h.server.stopping.wait(300)
        h.drop()

    return step


def chunked(pieces: Iterable[bytes], *, content_type: str = "application/json") -> Step:
    """A chunked answer (no Content-Length) made of ``pieces``; stops if the client goes away."""

    def step(h: Handler) -> None:
        try:
            h.wfile.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: "
                + content_type.encode()
                + b"\r\nTransfer-Encoding: chunked\r\n\r\n"
            )
            for piece in pieces:
                if h.server.stopping.is_set():
                    break
                h.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            h.wfile.write(b"0\r\n\r\n")
            h.wfile.flush()
        except OSError:
            h.close_connection = True

    return step
