"""The HTTP side of the emulator: a threading server on loopback and its request handler.

The handler reads the request, applies any injected fault, asks the :class:`Service` for the
answer, records the call, then writes the answer. Calls are recorded before the answer is sent,
so a client that has its answer can rely on ``Emulator.calls`` including it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import struct
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ._calls import Call, CallLog, public_headers
from ._faults import Fault, FaultQueue
from ._protocol import Reply, Request, Service, error_reply, task_id_hint

logger = logging.getLogger("tencent_mps.testing")

#: The service refuses request bodies above 10 MB.
MAX_BODY = 10 * 1024 * 1024
JSON_TYPE = "application/json"


class EmulatorServer(ThreadingHTTPServer):
    """ThreadingHTTPServer that knows the emulator's state and its open connections."""

    daemon_threads = True
    request_queue_size = 128  # concurrent test clients must not wait on the listen backlog

    def __init__(
        self,
        address: tuple[str, int],
        *,
        service: Service,
        faults: FaultQueue,
        calls: CallLog,
        stopping: threading.Event,
    ) -> None:
        self.service = service
        self.faults = faults
        self.calls = calls
        self.stopping = stopping
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, EmulatorHandler)

    def track(self, sock: socket.socket, *, open_: bool) -> None:
        with self._open_lock:
            if open_:
                self._open.add(sock)
            else:
                self._open.discard(sock)

    def close_connections(self) -> None:
        """Shut down kept-alive connections so that their handler threads end."""
        with self._open_lock:
            socks = list(self._open)
        for sock in socks:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (timeout, reset) makes the write fail: not worth a traceback.
        logger.debug("connection from %s ended with an error", client_address, exc_info=True)


class EmulatorHandler(BaseHTTPRequestHandler):
    """Answers every request as the MPS endpoint would (see ``_protocol.Service``)."""

    server: EmulatorServer
    protocol_version = "HTTP/1.1"
    server_version = "tencent-mps-emulator"
    sys_version = ""
    timeout = 60.0  # idle kept-alive connections are closed after this
    _task_id: str | None = None
    _lc_headers: dict[str, str] = {}  # noqa: RUF012 - replaced per request, never mutated

    def setup(self) -> None:
        super().setup()
        # Headers and body leave in separate writes: without TCP_NODELAY, Nagle's algorithm and
        # the client's delayed ACK add about 40 ms to every answer.
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection, open_=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.track(self.connection, open_=False)

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s - " + format, self.address_string(), *args)

    def do_POST(self) -> None:
        self._task_id = None
        self._lc_headers = {k.lower(): v for k, v in self.headers.items()}
        body = self._read_body()
        if body is not None:
            self._answer(body)

    do_GET = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_POST

    # -- request -------------------------------------------------------------------------------

    def _read_body(self) -> bytes | None:
        """The request body, or None when the request was already answered (bad framing)."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        text = self.headers.get("Content-Length")
        if text is None:
            return b""
        text = text.strip()
        if not (text.isascii() and text.isdigit()):
            self._bad_request("Bad Content-Length")
            return None
        length = int(text)
        if length > MAX_BODY:
            self._too_large()
            return None
        return self.rfile.read(length)

    def _read_chunked(self) -> bytes | None:
        chunks: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(65537)
            digits = line.split(b";", 1)[0].strip()
            if not digits or digits.strip(b"0123456789abcdefABCDEF"):
                self._bad_request("Bad chunked encoding")
                return None
            size = int(digits, 16)
            if size == 0:
                while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(chunks)
            total += size
            if total > MAX_BODY:
                self._too_large()
                return None
            chunks.append(self.rfile.read(size))
            self.rfile.readline()

    def _bad_request(self, reason: str) -> None:
        self._record("bad_request", None, 400, None)
        self.send_error(400, reason)  # also closes the connection

    def _too_large(self) -> None:
        self.close_connection = True
        reply = error_reply(
            "RequestSizeLimitExceeded", "The request body exceeds the limit of 10 MB."
        )
        self._record(reply.outcome, None, 200, reply)
        self._send_reply(reply)

    # -- answer --------------------------------------------------------------------------------

    def _answer(self, body: bytes) -> None:
        self._task_id = task_id_hint(body)
        fault = self.server.faults.take(self._task_id)
        if fault is not None and fault.delay and self.server.stopping.wait(fault.delay):
            self.close_connection = True  # the emulator is stopping: give up on this call
            return
        if fault is not None and fault.kind != "delay":
            self._apply(fault)
            return
        reply = self.server.service.handle(Request(self.command, self._lc_headers, body))
        self._record(reply.outcome, fault.kind if fault else None, 200, reply)
        self._send_reply(reply)

    def _apply(self, fault: Fault) -> None:
        if fault.kind == "reset":
            self._record("reset", fault.kind, None, None)
            self._reset()
        elif fault.kind == "http_error":
            status = fault.status or 503
            self._record("http_error", fault.kind, status, None)
            text = f"<html><head><title>{status}</title></head><body>{status}</body></html>\n"
            self._send(status, text.encode(), "text/html")
        elif fault.kind == "malformed":
            self._record("malformed", fault.kind, 200, None)
            self._send(200, b'{"Response": {"TaskType": "WorkflowTask", "Status": "FIN', JSON_TYPE)
        else:
            if fault.kind == "throttle":
                reply = error_reply(
                    "RequestLimitExceeded",
                    "Your current request times exceeds the frequency limit for a second. "
                    "Please reduce the frequency of calls.",
                )
            else:
                reply = error_reply(
                    "InternalError",
                    "An internal error has occurred. Retry your request, but if the problem "
                    "persists, contact us.",
                )
            self._record(reply.outcome, fault.kind, 200, reply)
            self._send_reply(reply)

    def _reset(self) -> None:
        """Close the connection with a TCP RST instead of an answer."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()

    def _record(
        self, outcome: str, fault: str | None, status: int | None, reply: Reply | None
    ) -> None:
        headers = self._lc_headers
        request_id = reply.response.get("RequestId") if reply is not None else None
        self.server.calls.append(
            Call(
                method=self.command,
                action=headers.get("x-tc-action"),
                version=headers.get("x-tc-version"),
                task_id=self._task_id,
                headers=public_headers(list(self.headers.items())),
                outcome=outcome,
                fault=fault,
                http_status=status,
                request_id=request_id if isinstance(request_id, str) else None,
            )
        )

    def _send_reply(self, reply: Reply) -> None:
        document = {"Response": reply.response}
        body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self._send(200, body, JSON_TYPE)

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
