"""The emulator's HTTP server against hostile clients: framing errors, stalls, floods, memory.

Real loopback sockets throughout. Every hostile exchange is followed by a normal signed call that
must still be answered. The only time bounds are generous socket timeouts (10 s and more).
"""

from __future__ import annotations

import contextlib
import http.client
import itertools
import json
import logging
import os
import selectors
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tencent_mps.testing import Emulator
from tencent_mps_lib.testing.checks._auth import KeyPair, authenticate
from tencent_mps_lib.testing.server._calls import CallLog
from tencent_mps_lib.testing.server._faults import FaultQueue
from tencent_mps_lib.testing.server._handler import MAX_BODY, EmulatorServer, ServerStats
from tencent_mps_lib.testing.server._http import FramingError, Limits, Message, RequestParser
from tencent_mps_lib.testing.server._protocol import Reply, Request

from .helpers import LoopbackPort, body_for, call, signed_headers

EXAMPLE_ID = Emulator.EXAMPLE_TASK_ID
GENEROUS = 10.0  # seconds: a socket timeout no healthy exchange comes near
PARTIAL_HEAD = b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-TC-Action: DescribeTaskDetail\r\n"


# -- helpers -----------------------------------------------------------------------------------


def exchange(port: int, data: bytes, *, shut_write: bool = False) -> bytes:
    """Send ``data`` on a fresh connection and read until the server closes it."""
    with socket.create_connection(("127.0.0.1", port), timeout=GENEROUS) as sock:
        sock.sendall(data)
        if shut_write:
            sock.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def status_of(answer: bytes) -> int:
    assert answer.startswith(b"HTTP/1.1 "), answer[:80]
    return int(answer[9:12])


def envelope_of(answer: bytes) -> dict[str, object]:
    _, _, body = answer.partition(b"\r\n\r\n")
    document = json.loads(body)
    assert isinstance(document, dict)
    inner = document["Response"]
    assert isinstance(inner, dict)
    return inner


def assert_answers(port: int) -> None:
    """A normal signed DescribeTaskDetail call is answered."""
    reply = call(LoopbackPort(port), timeout=GENEROUS)
    assert reply.status == 200
    assert reply.response["Status"] == "FINISH"


def read_exactly(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        assert chunk, "the server closed the connection"
        data += chunk
    return data


def read_answer(sock: socket.socket) -> bytes:
    """One answer (head and Content-Length body) from a kept-alive connection."""
    head = b""
    while not head.endswith(b"\r\n\r\n"):
        head += read_exactly(sock, 1)
    length = next(
        int(line.split(b":")[1])
        for line in head.split(b"\r\n")
        if line.startswith(b"Content-Length:")
    )
    return head + read_exactly(sock, length)


def open_partial(port: int, count: int, payload: bytes) -> list[socket.socket]:
    """``count`` connections that sent ``payload`` (an incomplete request) and then stall."""
    socks = []
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=GENEROUS)
        if payload:
            sock.sendall(payload)
        socks.append(sock)
    return socks


def wait_closed_by_server(socks: list[socket.socket], timeout: float) -> int:
    """Read every socket until the server ends it; returns how many it ended within ``timeout``."""
    selector = selectors.DefaultSelector()
    for sock in socks:
        sock.setblocking(False)
        selector.register(sock, selectors.EVENT_READ)
    ended = 0
    deadline = time.monotonic() + timeout
    while selector.get_map() and time.monotonic() < deadline:
        for key, _ in selector.select(timeout=0.5):
            ready = key.fileobj
            assert isinstance(ready, socket.socket)
            try:
                data = ready.recv(65536)
            except BlockingIOError:
                continue
            except ConnectionResetError:
                data = b""
            if not data:
                selector.unregister(ready)
                ended += 1
    selector.close()
    return ended


def close_all(socks: list[socket.socket], *, reset: bool = False) -> None:
    for sock in socks:
        with contextlib.suppress(OSError):
            if reset:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            sock.close()


def wait_until(predicate: Callable[[], bool], timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


@pytest.fixture(autouse=True)
def _no_server_errors(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Hostile input never makes the server log an error (its tracebacks go there)."""
    caplog.set_level(logging.WARNING, logger="tencent_mps.testing")
    yield
    errors = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert errors == []


@pytest.fixture
def limits(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Emulator]]:
    """Start an emulator whose server uses other limits (set as class attributes)."""
    started: list[Emulator] = []

    def start(**values: float) -> Emulator:
        for name, value in values.items():
            assert hasattr(EmulatorServer, name), name
            monkeypatch.setattr(EmulatorServer, name, value)
        emu = Emulator().start()
        started.append(emu)
        return emu

    yield start
    for emu in started:
        emu.stop()


class EchoService:
    """A stand-in service: answers every request with the size of its body."""

    def handle(self, request: Request) -> Reply:
        return Reply({"BodySize": len(request.body), "RequestId": "echo"}, "ok")


@pytest.fixture
def bare_server() -> Iterator[Callable[..., EmulatorServer]]:
    """An EmulatorServer with chosen limits and the echo service, served in a thread."""
    running: list[tuple[EmulatorServer, threading.Thread]] = []

    def start(**limits: int | float) -> EmulatorServer:
        server = EmulatorServer(
            ("127.0.0.1", 0),
            service=EchoService(),
            faults=FaultQueue(),
            calls=CallLog(),
            stopping=threading.Event(),
            **limits,  # type: ignore[arg-type]
        )
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1})
        thread.start()
        running.append((server, thread))
        return server

    yield start
    for server, thread in running:
        server.shutdown()
        server.close_connections()
        server.server_close()
        thread.join(timeout=GENEROUS)
        assert not thread.is_alive()


def echo_request(port: int, body: bytes = b"{}") -> bytes:
    return exchange(
        port,
        b"POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s"
        % (len(body), body),
    )


# -- framing errors ----------------------------------------------------------------------------

HEAD = b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"

FRAMING_ERRORS = {
    "5000-digit Content-Length": (HEAD + b"Content-Length: " + b"9" * 5000 + b"\r\n\r\n{}", 200),
    "Content-Length beyond 64 bits": (HEAD + b"Content-Length: 99999999999999999999\r\n\r\n", 200),
    "signed Content-Length": (HEAD + b"Content-Length: +2\r\n\r\n{}", 400),
    "Content-Length list": (HEAD + b"Content-Length: 2, 2\r\n\r\n{}", 400),
    "duplicate Content-Length": (HEAD + b"Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}", 400),
    "conflicting Content-Length": (
        HEAD + b"Content-Length: 2\r\nContent-Length: 20\r\n\r\n{}",
        400,
    ),
    "Content-Length with Transfer-Encoding": (
        HEAD + b"Content-Length: 7\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
        400,
    ),
    "unknown Transfer-Encoding": (HEAD + b"Transfer-Encoding: gzip\r\n\r\n{}", 400),
    "chunked not last": (HEAD + b"Transfer-Encoding: chunked, gzip\r\n\r\n", 400),
    "chunked twice": (
        HEAD + b"Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n",
        400,
    ),
    "unsupported coding before chunked": (
        HEAD + b"Transfer-Encoding: gzip, chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
        501,
    ),
    "Transfer-Encoding in HTTP/1.0": (
        b"POST / HTTP/1.0\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        400,
    ),
    "bad chunk size": (HEAD + b"Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", 400),
    "5000-digit chunk size": (
        HEAD + b"Transfer-Encoding: chunked\r\n\r\n" + b"f" * 5000 + b"\r\n{}",
        400,
    ),
    "huge chunk size": (HEAD + b"Transfer-Encoding: chunked\r\n\r\nffffffffffff\r\n{}", 200),
    "chunk without CRLF": (HEAD + b"Transfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n", 400),
    "oversized header block": (HEAD + b"X-Junk: " + b"a" * 200_000 + b"\r\n\r\n", 431),
    "too many headers": (HEAD + b"X-A: b\r\n" * 500 + b"\r\n", 431),
    "request line too long": (b"POST /" + b"a" * 100_000 + b" HTTP/1.1\r\n\r\n", 414),
    "non-ASCII header name": (HEAD + b"X-\xff\xfe: 1\r\nContent-Length: 0\r\n\r\n", 400),
    "NUL in a header value": (
        HEAD + b"X-TC-Action: Describe\x00\r\nContent-Length: 0\r\n\r\n",
        400,
    ),
    "space before colon": (HEAD + b"Content-Length : 2\r\n\r\n{}", 400),
    "obsolete line folding": (HEAD + b"X-A: 1\r\n  continued\r\nContent-Length: 0\r\n\r\n", 400),
    "two Host fields": (HEAD + b"Host: other\r\nContent-Length: 0\r\n\r\n", 400),
    "binary request line": (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 400),
    "HTTP/2 preface": (b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 505),
    "no version": (b"POST /\r\n\r\n", 400),
}


@pytest.mark.parametrize("name", list(FRAMING_ERRORS))
def test_framing_error_is_answered_then_closed(mps_emulator: Emulator, name: str) -> None:
    request, status = FRAMING_ERRORS[name]
    answer = exchange(mps_emulator.port, request)  # returns once the server closed
    assert status_of(answer) == status
    assert b"Connection: close" in answer.partition(b"\r\n\r\n")[0].split(b"\r\n")
    if status == 200:
        assert envelope_of(answer)["Error"] == {
            "Code": "RequestSizeLimitExceeded",
            "Message": "The request body exceeds the limit of 10 MB.",
        }
    assert_answers(mps_emulator.port)


def test_framing_errors_after_the_head_are_recorded(mps_emulator: Emulator) -> None:
    exchange(mps_emulator.port, FRAMING_ERRORS["conflicting Content-Length"][0])
    exchange(mps_emulator.port, FRAMING_ERRORS["unsupported coding before chunked"][0])
    # A head that cannot be read gives nothing to record.
    exchange(mps_emulator.port, FRAMING_ERRORS["oversized header block"][0])
    assert [(c.outcome, c.http_status) for c in mps_emulator.calls] == [
        ("bad_request", 400),
        ("bad_request", 501),
    ]


def test_truncated_body_gets_a_400(mps_emulator: Emulator) -> None:
    body = body_for(EXAMPLE_ID)
    headers = signed_headers(mps_emulator, body)
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    request = f"POST / HTTP/1.1\r\n{head}Content-Length: {len(body)}\r\n\r\n".encode()
    answer = exchange(mps_emulator.port, request + body[:5], shut_write=True)
    assert status_of(answer) == 400
    assert_answers(mps_emulator.port)


def test_client_that_hangs_up_mid_request(mps_emulator: Emulator) -> None:
    socks = open_partial(mps_emulator.port, 20, HEAD + b"Content-Length: 100\r\n\r\n{")
    close_all(socks[:10])
    close_all(socks[10:], reset=True)
    assert_answers(mps_emulator.port)


def test_non_ascii_header_values_get_an_error_envelope(mps_emulator: Emulator) -> None:
    body = body_for(EXAMPLE_ID)
    headers = signed_headers(mps_emulator, body)
    head = b"".join(f"{k}: {v}\r\n".encode() for k, v in headers.items() if k != "X-TC-Action")
    for garbage in (b"\xff\xfe\x80", "Describe\u00e9".encode(), b"\xed\xa0\x80"):
        request = (
            b"POST / HTTP/1.1\r\n" + head + b"X-TC-Action: " + garbage + b"\r\n"
            b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
        )
        answer = exchange(mps_emulator.port, request)
        assert status_of(answer) == 200
        assert envelope_of(answer)["Error"]["Code"] == "InvalidAction"  # type: ignore[index]
    authorization = headers["Authorization"].encode() + b"\xff\x00"
    answer = exchange(mps_emulator.port, HEAD + b"Authorization: " + authorization + b"\r\n\r\n")
    assert status_of(answer) == 400
    assert_answers(mps_emulator.port)


# -- the timestamp -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "code"),
    [
        ("9" * 5000, "AuthFailure.SignatureExpire"),
        ("1" * 13, "AuthFailure.SignatureExpire"),
        ("0" * 4000 + "1" * 4400, "InvalidParameter"),  # zero-padded: not a Unix time as sent
    ],
)
def test_huge_timestamp_is_refused_briefly(mps_emulator: Emulator, stamp: str, code: str) -> None:
    body = body_for(EXAMPLE_ID)
    headers = signed_headers(mps_emulator, body)
    headers["X-TC-Timestamp"] = stamp
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    request = f"POST / HTTP/1.1\r\n{head}Connection: close\r\nContent-Length: {len(body)}\r\n\r\n"
    answer = exchange(mps_emulator.port, request.encode() + body)
    error = envelope_of(answer)["Error"]
    assert isinstance(error, dict)
    assert error["Code"] == code
    assert len(error["Message"]) < 200
    assert_answers(mps_emulator.port)


def test_authenticate_never_converts_a_huge_timestamp() -> None:
    keys = {"AKID": KeyPair("AKID", "secret")}
    headers = {
        "authorization": "TC3-HMAC-SHA256 Credential=AKID/2024-01-01/mps/tc3_request, "
        "SignedHeaders=content-type;host, Signature=abc",
        "x-tc-timestamp": "7" * 100_000,
    }
    rejection = authenticate(headers, b"{}", keys, time.time(), max_skew=float("inf"))
    assert rejection is not None and rejection.code == "AuthFailure.SignatureExpire"
    headers["x-tc-timestamp"] = "9" * 12  # within the digits compared, beyond the calendar
    rejection = authenticate(headers, b"{}", keys, time.time(), max_skew=float("inf"))
    assert rejection is not None and rejection.code == "AuthFailure.SignatureFailure"


# -- stalled, partial and closing connections --------------------------------------------------


def test_stalled_connections_do_not_stop_answers_and_time_out(
    limits: Callable[..., Emulator],
) -> None:
    emu = limits(request_timeout=2.0, idle_timeout=2.0)
    threads_before = threading.active_count()
    silent = open_partial(emu.port, 100, b"")
    heads = open_partial(emu.port, 150, PARTIAL_HEAD)
    bodies = open_partial(emu.port, 150, HEAD + b'Content-Length: 5000\r\n\r\n{"Task')
    stalled = silent + heads + bodies
    try:
        for _ in range(10):
            assert_answers(emu.port)
        assert threading.active_count() <= threads_before  # no thread per connection
        # Every stalled connection is ended by the server once the request timeout passes.
        assert wait_closed_by_server(stalled, timeout=60.0) == len(stalled)
    finally:
        close_all(stalled)
    assert_answers(emu.port)


def test_a_slow_request_gets_a_408(limits: Callable[..., Emulator]) -> None:
    emu = limits(request_timeout=1.0)
    with socket.create_connection(("127.0.0.1", emu.port), timeout=GENEROUS) as sock:
        sock.sendall(PARTIAL_HEAD)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    assert status_of(answer) == 408


def test_idle_kept_alive_connection_is_closed(limits: Callable[..., Emulator]) -> None:
    emu = limits(idle_timeout=1.0)
    body = body_for(EXAMPLE_ID)
    head = "".join(f"{k}: {v}\r\n" for k, v in signed_headers(emu, body).items())
    request = f"POST / HTTP/1.1\r\n{head}Content-Length: {len(body)}\r\n\r\n".encode() + body
    with socket.create_connection(("127.0.0.1", emu.port), timeout=GENEROUS) as sock:
        sock.sendall(request)
        answer = b""
        while chunk := sock.recv(65536):  # the answer, then the end once idle for 1 s
            answer += chunk
    assert status_of(answer) == 200
    assert envelope_of(answer)["Status"] == "FINISH"


def test_closing_many_partial_connections_at_once(mps_emulator: Emulator) -> None:
    for reset in (False, True):
        socks = open_partial(mps_emulator.port, 300, PARTIAL_HEAD)
        socks += open_partial(mps_emulator.port, 200, HEAD + b"Content-Length: 9000\r\n\r\n{")
        assert_answers(mps_emulator.port)
        close_all(socks, reset=reset)
        for _ in range(5):
            assert_answers(mps_emulator.port)


def test_connection_limit_evicts_the_oldest_stalled_connections(
    limits: Callable[..., Emulator],
) -> None:
    emu = limits(max_connections=40)
    oldest = open_partial(emu.port, 40, PARTIAL_HEAD)
    assert_answers(emu.port)  # admitted by evicting the oldest stalled connection
    newer = open_partial(emu.port, 100, PARTIAL_HEAD)
    try:
        for _ in range(5):
            assert_answers(emu.port)
        assert wait_closed_by_server(oldest, timeout=30.0) == len(oldest)
    finally:
        close_all(oldest + newer)


def test_delay_fault_holds_back_only_its_own_connection(mps_emulator: Emulator) -> None:
    slow = mps_emulator.add_progressing_task()
    mps_emulator.inject("delay", delay=60, task_id=slow, times=None)
    body = body_for(slow)
    head = "".join(f"{k}: {v}\r\n" for k, v in signed_headers(mps_emulator, body).items())
    request = f"POST / HTTP/1.1\r\n{head}Content-Length: {len(body)}\r\n\r\n".encode() + body
    delayed = [socket.create_connection(("127.0.0.1", mps_emulator.port)) for _ in range(20)]
    try:
        for sock in delayed:
            sock.sendall(request)
        for _ in range(5):
            assert_answers(mps_emulator.port)
        assert mps_emulator.call_count == 5  # the delayed calls are not answered (or recorded)
    finally:
        close_all(delayed)


def test_stop_closes_hundreds_of_connections(limits: Callable[..., Emulator]) -> None:
    emu = limits()
    socks = open_partial(emu.port, 200, PARTIAL_HEAD) + open_partial(emu.port, 200, b"")
    try:
        assert_answers(emu.port)
        emu.stop()
        assert wait_closed_by_server(socks, timeout=30.0) == len(socks)
    finally:
        close_all(socks)


# -- memory and threads ------------------------------------------------------------------------


def test_memory_stays_bounded_with_stalled_bodies(
    bare_server: Callable[..., EmulatorServer],
) -> None:
    budget = MAX_BODY
    server = bare_server(
        body_buffer_budget=budget, connection_buffer=16 * 1024, request_timeout=3.0
    )
    port = server.server_address[1]
    threads_before = threading.active_count()
    socks = open_partial(
        port, 40, b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000\r\n\r\n"
    )
    chunk = b"x" * 65536
    offered = 0
    try:
        for sock in socks:  # push what each socket takes (up to 2 MB) without blocking
            sock.setblocking(False)
            for _ in range(64):
                try:
                    offered += sock.send(chunk)
                except BlockingIOError:
                    break
        bound = budget + 40 * 16 * 1024 + 64 * 1024
        assert wait_until(lambda: server.stats().paused > 0)  # the budget is used up
        assert offered > bound  # clients offered more than the server may hold
        assert server.stats().peak_buffered_bytes <= bound
        # Small requests still get through while big bodies wait for the budget.
        answer = echo_request(port, b'{"TaskId": "t"}')
        assert status_of(answer) == 200 and envelope_of(answer)["BodySize"] == 15
        assert threading.active_count() <= threads_before
    finally:
        close_all(socks)
    assert wait_until(lambda: server.stats().connections == 0)
    stats = server.stats()
    assert (stats.buffered_bytes, stats.paused) == (0, 0)
    assert stats.peak_buffered_bytes <= bound


def test_a_full_size_body_is_received(bare_server: Callable[..., EmulatorServer]) -> None:
    server = bare_server()
    port = server.server_address[1]
    assert envelope_of(echo_request(port, b"1" * MAX_BODY))["BodySize"] == MAX_BODY
    chunked = b"".join(b"%x\r\n%s\r\n" % (n, b"2" * n) for n in (1, 65536, 300_000)) + b"0\r\n"
    answer = exchange(
        port,
        b"POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n"
        + chunked
        + b"X-Trailer: yes\r\n\r\n",
    )
    assert envelope_of(answer)["BodySize"] == 1 + 65536 + 300_000
    assert server.stats().peak_buffered_bytes < MAX_BODY + 2 * 1024 * 1024


def test_thread_count_stays_bounded_under_concurrent_calls(
    emulator_factory: Callable[..., Emulator],
) -> None:
    emu = emulator_factory(rate_limit=None)
    threads_before = threading.active_count()
    errors: list[BaseException] = []
    seen: list[int] = []

    def client() -> None:
        try:
            for _ in range(10):
                assert_answers(emu.port)
                seen.append(threading.active_count())
        except BaseException as exc:  # reported below
            errors.append(exc)

    clients = [threading.Thread(target=client) for _ in range(8)]
    for thread in clients:
        thread.start()
    for thread in clients:
        thread.join(timeout=120)
    assert errors == []
    assert max(seen) <= threads_before + len(clients)  # the clients' threads, none more


def test_bare_server_lifecycle_and_stats(bare_server: Callable[..., EmulatorServer]) -> None:
    server = bare_server(max_connections=5, request_timeout=30.0)
    assert isinstance(server.stats(), ServerStats)
    socks = open_partial(server.server_address[1], 8, b"")
    try:
        assert_that = wait_until(lambda: server.stats().accepted == 8)
        assert assert_that
        stats = server.stats()
        assert stats.connections <= 5 and stats.evicted == 3
    finally:
        close_all(socks)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_connections": 0},
        {"request_timeout": 0},
        {"idle_timeout": float("inf")},
        {"body_buffer_budget": 1024},
        {"max_headers": "5"},
    ],
)
def test_bad_limits_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        EmulatorServer(
            ("127.0.0.1", 0),
            service=EchoService(),
            faults=FaultQueue(),
            calls=CallLog(),
            stopping=threading.Event(),
            **kwargs,  # type: ignore[arg-type]
        )


def open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc/self/fd")
def test_stop_releases_sockets_and_threads() -> None:
    before_fds, before_threads = open_descriptors(), threading.active_count()
    emu = Emulator().start()
    socks = open_partial(emu.port, 50, PARTIAL_HEAD)
    try:
        assert_answers(emu.port)
        emu.stop()
    finally:
        close_all(socks)
    assert open_descriptors() <= before_fds
    assert threading.active_count() <= before_threads


def test_ipv6_loopback() -> None:
    try:
        emu = Emulator(host="::1").start()
    except OSError:
        pytest.skip("no IPv6 loopback here")
    try:
        body = body_for(EXAMPLE_ID)
        conn = http.client.HTTPConnection("::1", emu.port, timeout=GENEROUS)
        try:
            conn.request("POST", "/", body=body, headers=signed_headers(emu, body))
            document = json.loads(conn.getresponse().read())
        finally:
            conn.close()
        assert document["Response"]["Status"] == "FINISH"
        with socket.create_connection(("::1", emu.port), timeout=GENEROUS) as sock:
            sock.sendall(FRAMING_ERRORS["duplicate Content-Length"][0])
            assert sock.recv(12) == b"HTTP/1.1 400"
    finally:
        emu.stop()


# -- keep-alive, pipelining and other well-formed corners --------------------------------------


def signed_request(emu: Emulator, *, extra: str = "", version: str = "HTTP/1.1") -> bytes:
    body = body_for(EXAMPLE_ID)
    head = "".join(f"{k}: {v}\r\n" for k, v in signed_headers(emu, body).items())
    return f"POST / {version}\r\n{head}{extra}Content-Length: {len(body)}\r\n\r\n".encode() + body


def test_pipelined_requests_are_answered_in_order(mps_emulator: Emulator) -> None:
    requests = signed_request(mps_emulator) * 3 + signed_request(
        mps_emulator, extra="Connection: close\r\n"
    )
    answer = exchange(mps_emulator.port, requests)
    assert answer.count(b"HTTP/1.1 200 OK\r\n") == 4
    assert mps_emulator.call_count == 4


def test_http_1_0_closes_unless_kept_alive(mps_emulator: Emulator) -> None:
    answer = exchange(mps_emulator.port, signed_request(mps_emulator, version="HTTP/1.0"))
    assert status_of(answer) == 200 and b"Connection: close" in answer
    kept = signed_request(mps_emulator, version="HTTP/1.0", extra="Connection: keep-alive\r\n")
    with socket.create_connection(("127.0.0.1", mps_emulator.port), timeout=GENEROUS) as sock:
        sock.sendall(kept)
        assert b"Connection: keep-alive" in read_answer(sock)
        sock.sendall(kept)
        assert envelope_of(read_answer(sock))["Status"] == "FINISH"


def test_expect_100_continue(mps_emulator: Emulator) -> None:
    request = signed_request(mps_emulator, extra="Expect: 100-continue\r\nConnection: close\r\n")
    head, _, body = request.partition(b"\r\n\r\n")
    with socket.create_connection(("127.0.0.1", mps_emulator.port), timeout=GENEROUS) as sock:
        sock.sendall(head + b"\r\n\r\n")
        assert read_exactly(sock, 25) == b"HTTP/1.1 100 Continue\r\n\r\n"
        sock.sendall(body)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    assert envelope_of(answer)["Status"] == "FINISH"


def test_unknown_method_gets_a_501(mps_emulator: Emulator) -> None:
    answer = exchange(mps_emulator.port, b"BREW / HTTP/1.1\r\nHost: x\r\n\r\n")
    assert status_of(answer) == 501
    assert_answers(mps_emulator.port)


def test_parser_reads_a_request_fed_byte_by_byte() -> None:
    body = b'{"TaskId": "abc"}'
    chunked = b"3\r\n" + body[:3] + b"\r\n" + b"e;ext=1\r\n" + body[3:] + b"\r\n0\r\nT: 1\r\n\r\n"
    for framing, payload in (
        (b"Content-Length: %d\r\n" % len(body), body),
        (b"Transfer-Encoding: Chunked\r\n", chunked),
    ):
        raw = b"\r\nPOST /x HTTP/1.1\nHost: h\r\nX-A:  v \r\n" + framing + b"\r\n" + payload
        parser = RequestParser(Limits())
        buf = bytearray()
        messages: list[Message] = []
        for byte in raw + b"GET":
            buf.append(byte)
            message = parser.parse(buf)
            if message is not None:
                messages.append(message)
        assert len(messages) == 1
        assert messages[0].body == body
        assert messages[0].head.headers["x-a"] == "v"
        assert (messages[0].head.method, messages[0].head.target) == ("POST", "/x")
        assert buf == b"GET"  # the next pipelined request stays in the buffer


def test_parser_refuses_a_body_over_the_limit_as_it_is_announced() -> None:
    parser = RequestParser(Limits(max_body=10))
    with pytest.raises(FramingError) as caught:
        parser.parse(bytearray(b"POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\n"))
    assert caught.value.status == 413
    parser = RequestParser(Limits(max_body=10))
    buf = bytearray(b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n")
    assert parser.parse(buf) is None
    buf += b"3\r\n"
    with pytest.raises(FramingError) as caught:
        parser.parse(buf)
    assert caught.value.status == 413


# -- properties --------------------------------------------------------------------------------

VALID = (
    b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\n{}"
    b"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
)


@settings(max_examples=400, deadline=None)
@given(
    data=st.one_of(
        st.binary(max_size=400),
        st.builds(
            lambda at, junk: VALID[:at] + junk + VALID[at:],
            st.integers(0, len(VALID)),
            st.binary(min_size=1, max_size=8),
        ),
    ),
    cuts=st.lists(st.integers(0, 500), max_size=6),
)
def test_parser_only_ever_raises_framing_errors(data: bytes, cuts: list[int]) -> None:
    parser = RequestParser(Limits(max_request_line=64, max_header_bytes=128, max_headers=4))
    buf = bytearray()
    bounds = sorted({0, len(data), *(c for c in cuts if c < len(data))})
    try:
        for start, end in itertools.pairwise(bounds):
            buf += data[start:end]
            while (message := parser.parse(buf)) is not None:
                assert len(message.body) <= MAX_BODY
                parser.reset()
    except FramingError as error:
        assert 400 <= error.status < 600


@settings(max_examples=300, deadline=None)
@given(
    headers=st.dictionaries(
        st.sampled_from(["authorization", "x-tc-timestamp", "host", "content-type", "x-tc-token"]),
        st.text(max_size=80),
    ),
    body=st.binary(max_size=40),
    now=st.floats(allow_nan=True, allow_infinity=True),
)
def test_authenticate_answers_any_headers(headers: dict[str, str], body: bytes, now: float) -> None:
    headers.setdefault(
        "authorization",
        "TC3-HMAC-SHA256 Credential=AKID/2024-01-01/mps/tc3_request, "
        "SignedHeaders=content-type;host, Signature=abc",
    )
    rejection = authenticate(headers, body, {"AKID": KeyPair("AKID", "secret")}, now)
    assert rejection is not None


def test_concurrent_full_size_requests_finish_in_turn(
    bare_server: Callable[..., EmulatorServer],
) -> None:
    """12 clients each send a whole 10 MB request at once. The shared 32 MiB body budget is set
    aside a whole body at a time, so every request is answered, one after another (before, the
    budget was spread over all of them, none could finish, and they got 408 or were reset)."""
    server = bare_server()  # the default limits: 20 s per request, a 32 MiB shared budget
    port = server.server_address[1]
    sizes: list[object] = []

    def one() -> None:
        try:
            sizes.append(envelope_of(echo_request(port, b"1" * MAX_BODY))["BodySize"])
        except (OSError, AssertionError) as exc:
            sizes.append(type(exc).__name__)

    clients = [threading.Thread(target=one) for _ in range(12)]
    for t in clients:
        t.start()
    for t in clients:
        t.join(120)
    assert sizes == [MAX_BODY] * 12
    stats = server.stats()
    assert stats.timed_out == 0
    # bounded: the budget plus each connection's own buffer, whatever was announced
    assert stats.peak_buffered_bytes <= 32 * 1024 * 1024 + 12 * 16 * 1024 + MAX_BODY
