"""Small loopback servers for the command line's hostile cases.

- :class:`Scripted` answers every POST with the next body of its script (the last one repeats),
  over HTTP or, given a certificate, HTTPS; it records the bodies it received;
- :class:`Silent` accepts connections and never answers.
"""

from __future__ import annotations

import json
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest


def envelope(inner: dict[str, Any]) -> bytes:
    """A Tencent Cloud API answer; ``ensure_ascii`` keeps lone surrogates as ``\\ud800``."""
    return json.dumps({"Response": inner}, ensure_ascii=True).encode("ascii")


def error_envelope(code: str, message: str) -> bytes:
    return envelope({"Error": {"Code": code, "Message": message}, "RequestId": "rid-hostile"})


class Scripted:
    """A loopback server answering POSTs from a script of bodies (the last one repeats)."""

    def __init__(
        self, bodies: Sequence[bytes], *, certificate: tuple[Path, Path] | None = None
    ) -> None:
        self.bodies = list(bodies)
        self.received: list[bytes] = []
        self._lock = threading.Lock()
        self._certificate = certificate
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = outer.answer(self.rfile.read(length))
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        if certificate is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*certificate)
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def answer(self, request: bytes) -> bytes:
        with self._lock:
            self.received.append(request)
            return self.bodies.pop(0) if len(self.bodies) > 1 else self.bodies[0]

    @property
    def endpoint(self) -> str:
        scheme = "https" if self._certificate else "http"
        return f"{scheme}://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> Scripted:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()


class Silent:
    """Accepts connections on a loopback port and never answers (until closed)."""

    def __init__(self) -> None:
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self._held: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self._held.append(conn)

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def __enter__(self) -> Silent:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._sock.close()
        for conn in self._held:
            conn.close()


def make_certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key (openssl CLI; skips without it)."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not available to make a test certificate")
    cert, key = directory / "cert.pem", directory / "cert.key"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key
