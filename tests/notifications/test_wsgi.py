"""wsgi_app served by the standard library's wsgiref on a real loopback port."""

from __future__ import annotations

import http.client
import io
import logging
import socket
import socketserver
import threading
from collections.abc import Callable, Iterator
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest

from tencent_mps.errors import ConfigurationError
from tencent_mps.models import ParseNotificationResponse
from tencent_mps.notifications import NotificationApp, event_task_id, wsgi_app

from .helpers import EXPIRES, KEY, NOW, TASK_ID, encoded, notification

TIMEOUT = 60.0  # a guard against hanging, never an assertion about speed


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class _ThreadingServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True


class Served:
    """An application served on 127.0.0.1 by wsgiref, and the events its handler received."""

    def __init__(self, app: Any, threaded: bool = False) -> None:
        cls = _ThreadingServer if threaded else WSGIServer
        self.server = make_server(
            "127.0.0.1", 0, app, server_class=cls, handler_class=_QuietHandler
        )
        self.port = self.server.server_port
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(TIMEOUT)

    def post(
        self, body: bytes, *, method: str = "POST", headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
        try:
            conn.request(
                method,
                "/mps/notify",
                body=body,
                headers={"Content-Type": "application/json", **(headers or {})},
            )
            response = conn.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            conn.close()

    def raw(self, data: bytes) -> bytes:
        """Send raw bytes, half-close, and read the whole answer."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=TIMEOUT) as sock:
            sock.sendall(data)
            sock.shutdown(socket.SHUT_WR)
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks)


@pytest.fixture()
def received() -> list[ParseNotificationResponse]:
    return []


@pytest.fixture()
def serve(received: list[ParseNotificationResponse]) -> Iterator[Callable[..., Served]]:
    started: list[Served] = []

    def start(
        handler: Callable[[Any], object] | None = None, threaded: bool = False, **options: Any
    ) -> Served:
        options.setdefault("now", NOW)
        app = wsgi_app(handler or received.append, notify_key=KEY, **options)
        served = Served(app, threaded)
        started.append(served)
        return served

    yield start
    for served in started:
        served.close()


def assert_plain_short(body: bytes) -> None:
    assert b"Traceback" not in body and b'File "' not in body
    assert len(body) < 300
    assert KEY.encode() not in body


def test_valid_event_answers_2xx_after_the_handler_ran(
    serve: Callable[..., Served], received: list[ParseNotificationResponse]
) -> None:
    seen_before_answer: list[int] = []

    def handler(event: ParseNotificationResponse) -> None:
        received.append(event)
        seen_before_answer.append(len(received))

    served = serve(handler)
    status, headers, body = served.post(encoded(notification()))
    assert 200 <= status < 300, body
    assert [event_task_id(e) for e in received] == [TASK_ID]
    assert seen_before_answer == [1]
    assert headers["Content-Type"].startswith("text/plain")


def test_forged_sign_is_401_and_the_handler_is_not_called(
    serve: Callable[..., Served],
    received: list[ParseNotificationResponse],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="tencent_mps.notifications")
    served = serve()
    status, _, body = served.post(encoded(notification(key="not-the-key")))
    assert status == 401
    assert_plain_short(body)
    assert received == []
    assert caplog.records and KEY not in caplog.text


def test_expired_event_is_rejected_with_4xx(
    serve: Callable[..., Served], received: list[ParseNotificationResponse]
) -> None:
    served = serve(now=EXPIRES + 3600)
    status, _, body = served.post(encoded(notification()))
    assert status in (401, 410)
    assert_plain_short(body)
    assert received == []


def test_clock_may_be_a_function(
    serve: Callable[..., Served], received: list[ParseNotificationResponse]
) -> None:
    times = iter([NOW, EXPIRES + 3600])
    served = serve(now=lambda: next(times))
    assert served.post(encoded(notification()))[0] == 200
    assert served.post(encoded(notification()))[0] == 410
    assert len(received) == 1


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[]",
        encoded({**notification(), "EventType": 5}),
        encoded({k: v for k, v in notification().items() if k != "EventType"}),
    ],
)
def test_malformed_body_is_400(
    serve: Callable[..., Served], received: list[ParseNotificationResponse], body: bytes
) -> None:
    status, _, answer = serve().post(body)
    assert status == 400
    assert_plain_short(answer)
    assert received == []


def test_wrong_kind_inside_a_signed_event_is_400_with_its_path(
    serve: Callable[..., Served],
) -> None:
    body = notification()
    body["WorkflowTaskEvent"]["TaskId"] = 5
    status, _, answer = serve().post(encoded(body))
    assert status == 400
    assert b"WorkflowTaskEvent.TaskId" in answer


def test_oversized_body_is_413(
    serve: Callable[..., Served], received: list[ParseNotificationResponse]
) -> None:
    served = serve(max_body=1024)
    status, _, body = served.post(encoded(notification()))  # a few KiB
    assert status == 413
    assert_plain_short(body)
    assert received == []


def test_huge_declared_length_is_413_without_reading_it(serve: Callable[..., Served]) -> None:
    served = serve()
    answer = served.raw(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000000000\r\n\r\n")
    assert answer.split(b"\r\n", 1)[0].split()[1] == b"413"


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "HEAD"])
def test_other_methods_are_405_with_allow(serve: Callable[..., Served], method: str) -> None:
    status, headers, body = serve().post(b"", method=method)
    assert status == 405
    assert headers["Allow"] == "POST"
    assert_plain_short(body)


def test_failing_handler_is_500_without_traceback_and_logged(
    serve: Callable[..., Served], caplog: pytest.LogCaptureFixture
) -> None:
    def handler(event: ParseNotificationResponse) -> None:
        raise RuntimeError("database is down")

    caplog.set_level(logging.DEBUG, logger="tencent_mps.notifications")
    status, _, body = serve(handler).post(encoded(notification()))
    assert status == 500
    assert_plain_short(body)
    assert b"database" not in body
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert errors and errors[0].name == "tencent_mps.notifications"
    assert "RuntimeError" in errors[0].getMessage() and TASK_ID in errors[0].getMessage()
    assert KEY not in caplog.text


@pytest.mark.parametrize(
    ("head", "status"),
    [
        (b"POST / HTTP/1.1\r\nHost: x\r\n\r\n", b"411"),
        (b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", b"400"),
        (b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n", b"400"),
        (b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{}", b"400"),  # short body
        (
            b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
            b"411",
        ),
    ],
)
def test_missing_or_invalid_content_length(
    serve: Callable[..., Served], head: bytes, status: bytes
) -> None:
    answer = serve().raw(head)
    assert answer.split(b"\r\n", 1)[0].split()[1] == status
    assert b"Traceback" not in answer


def test_concurrent_deliveries_on_a_threaded_server(
    serve: Callable[..., Served], received: list[ParseNotificationResponse]
) -> None:
    served = serve(threaded=True)
    statuses: list[int] = []
    lock = threading.Lock()

    def deliver() -> None:
        status = served.post(encoded(notification()))[0]
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=deliver) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(TIMEOUT)
    assert statuses == [200] * 16
    assert len(received) == 16


# -- the application without a server -------------------------------------------------------


def call(app: NotificationApp, environ: dict[str, Any]) -> tuple[str, list[tuple[str, str]], bytes]:
    captured: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
        captured.update(status=status, headers=headers)
        return lambda data: None

    body = b"".join(app(environ, start_response))
    return captured["status"], captured["headers"], body


def test_terminated_input_without_length_is_read_to_its_end(
    received: list[ParseNotificationResponse],
) -> None:
    app = wsgi_app(received.append, notify_key=KEY, now=NOW, max_body=10_000)
    payload = encoded(notification())
    environ = {
        "REQUEST_METHOD": "POST",
        "wsgi.input": io.BytesIO(payload),
        "wsgi.input_terminated": True,
    }
    assert call(app, environ)[0].startswith("200")
    big = {
        "REQUEST_METHOD": "POST",
        "wsgi.input": io.BytesIO(b" " * 20_000 + payload),
        "wsgi.input_terminated": True,
    }
    assert call(app, big)[0].startswith("413")
    assert len(received) == 1


def test_the_app_needs_a_key_a_handler_and_a_sane_limit() -> None:
    with pytest.raises(ConfigurationError):
        wsgi_app(print, notify_key="")
    with pytest.raises(ConfigurationError):
        wsgi_app(print, notify_key=None)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        wsgi_app("not callable", notify_key=KEY)  # type: ignore[arg-type]
    for bad in (0, -1, 1.5, True):
        with pytest.raises(ConfigurationError):
            wsgi_app(print, notify_key=KEY, max_body=bad)  # type: ignore[arg-type]


def test_repr_hides_the_key() -> None:
    app = wsgi_app(print, notify_key=KEY)
    assert KEY not in repr(app) and KEY not in str(app)
    assert not hasattr(app, "__dict__")
    assert "NotificationApp" in repr(app)
