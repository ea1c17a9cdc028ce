"""Deadlines that hold against slow servers: ``read_timeout`` bounds a whole answer, ``timeout``
the whole call, whatever the server drips (headers, body, chunk sizes, TLS handshake).

The drip servers keep sending a byte every 0.2 s for far longer than the bounds asserted here
(minutes), so a client bounded only per socket read would not return in time. The bounds are
generous (a loaded 2-core machine); they tell "bounded" from "unbounded", not fast from slow.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tencent_mps_core.deadlines import (
    AttemptGuard,
    ConnectDeadlineExceeded,
    ResponseDeadlineExceeded,
    Watchdog,
)
from tencent_mps_core.exceptions import TransportError

from .conftest import DESCRIBE, EXAMPLE_BODY, MpsClient
from .server import (
    ScriptedServer,
    drip,
    drip_body,
    drip_chunk_size,
    drip_status_line,
    never_answer,
    respond,
)

#: Far above the bounds under test, far below the drips' length.
GENEROUS = 30.0


def outcome_within(seconds: float, call: Callable[[], Any]) -> BaseException | None:
    """Run ``call`` in a thread; fail the test if it has not returned after ``seconds``."""
    result: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
        except BaseException as exc:
            result.append(exc)
        else:
            result.append(None)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"the call was still running after {seconds} s"
    return result[0]


def transport_error(outcome: BaseException | None) -> TransportError:
    assert isinstance(outcome, TransportError), repr(outcome)
    return outcome


@pytest.mark.parametrize("dripping", [drip_status_line, drip_body, drip_chunk_size])
def test_read_timeout_bounds_a_dripped_answer(
    client: MpsClient, server: ScriptedServer, dripping: Callable[[], Any]
) -> None:
    server.reset_state(default=dripping())
    slow = client.with_options(read_timeout=0.5, max_attempts=2)
    error = transport_error(outcome_within(GENEROUS, slow.describe))
    assert "read_timeout" in str(error)
    assert "read timed out" in str(error)
    assert error.attempts == 2  # a read timeout of an idempotent action is retried
    assert server.count == 2


@pytest.mark.parametrize("dripping", [drip_status_line, drip_body])
def test_call_timeout_bounds_every_attempt_and_says_so(
    client: MpsClient, server: ScriptedServer, dripping: Callable[[], Any]
) -> None:
    server.reset_state(default=dripping())
    bounded = client.with_options(read_timeout=60.0, timeout=1.0, max_attempts=3)
    error = transport_error(outcome_within(GENEROUS, bounded.describe))
    assert "the call's timeout ran out" in str(error)
    assert error.attempts == 1  # no time was left for another attempt


def test_call_timeout_bounds_a_server_that_never_answers(
    client: MpsClient, server: ScriptedServer
) -> None:
    server.reset_state(default=never_answer())
    bounded = client.with_options(read_timeout=60.0, timeout=1.0)
    error = transport_error(outcome_within(GENEROUS, bounded.describe))
    assert "the call's timeout ran out" in str(error)


def test_per_call_timeout_overrides_the_client_timeout(
    client: MpsClient, server: ScriptedServer
) -> None:
    server.reset_state(default=drip_body())
    patient = client.with_options(read_timeout=60.0, timeout=600.0)
    outcome = outcome_within(GENEROUS, lambda: patient._invoke(DESCRIBE, "t", timeout=1.0))
    assert "the call's timeout ran out" in str(transport_error(outcome))


def test_a_slow_but_steady_answer_within_read_timeout_is_read(
    client: MpsClient, server: ScriptedServer
) -> None:
    """The limit is on the whole answer: an answer arriving in pieces inside it is read."""
    body = b'{"Response": {"RequestId": "dripped"}}'
    head = b"HTTP/1.1 200 OK\r\n" + f"Content-Length: {len(body)}\r\n\r\n".encode()
    server.add(drip(body, 0.02, head=head))
    assert client.with_options(read_timeout=20.0).describe()["RequestId"] == "dripped"


def test_a_truncated_body_is_an_error_not_a_hang(client: MpsClient, server: ScriptedServer) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n"
    server.add(drip(b"{", 0.01, head=head))  # one byte, then the connection closes
    once = client.with_options(max_attempts=1)
    error = transport_error(outcome_within(GENEROUS, once.describe))
    assert "connection closed without a complete response" in str(error)


@pytest.fixture()
def tls_dripper() -> Iterator[int]:
    """A TCP server that answers a TLS ClientHello with a record header, then a byte every
    0.2 s: the handshake never completes, yet no socket read ever waits long."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    stop = threading.Event()

    def serve(conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                conn.sendall(b"\x16\x03\x03\x40\x00")  # handshake record of 16 kB announced
                while not stop.wait(0.2):
                    conn.sendall(b"\x02")
            except OSError:
                pass

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    yield int(listener.getsockname()[1])
    stop.set()
    listener.close()


def test_a_dripped_tls_handshake_is_bounded_by_connect_timeout(
    client: MpsClient, tls_dripper: int
) -> None:
    tls = client.with_options(
        endpoint=f"https://127.0.0.1:{tls_dripper}", connect_timeout=0.5, max_attempts=1
    )
    error = transport_error(outcome_within(GENEROUS, tls.describe))
    assert "connect timed out" in str(error)
    assert "connect_timeout" in str(error)


def test_a_dripped_tls_handshake_is_bounded_by_the_call_timeout(
    client: MpsClient, tls_dripper: int
) -> None:
    tls = client.with_options(
        endpoint=f"https://127.0.0.1:{tls_dripper}", connect_timeout=60.0, timeout=1.0
    )
    error = transport_error(outcome_within(GENEROUS, tls.describe))
    assert "the call's timeout ran out" in str(error)
    assert "connecting" in str(error)


def test_keep_alive_survives_many_short_deadlines(
    client: MpsClient, server: ScriptedServer
) -> None:
    """Guards are disarmed before a connection goes back to the pool: the watchdog never shuts
    a pooled connection down, even long after the attempts' own deadlines have passed."""
    quick = client.with_options(read_timeout=2.0, connect_timeout=2.0)
    started = time.monotonic()
    calls = 0
    # past the first attempts' deadlines (2 s + the watchdog's grace), on the same connection
    while time.monotonic() - started < 3.0 or calls < 20:
        assert quick.describe_raw().attempts == 1
        calls += 1
    assert len({r.client_port for r in server.requests}) == 1


def test_deadline_errors_are_timeouts_for_the_retry_policy() -> None:
    from tencent_mps_core.retry import should_retry

    read = ResponseDeadlineExceeded("read timed out: x", "read_timeout")
    connect = ConnectDeadlineExceeded("connect timed out: x", "connect_timeout")
    assert should_retry(read, idempotent=True)
    assert not should_retry(read, idempotent=False)  # the service may have acted on it
    assert should_retry(connect, idempotent=False)  # nothing was sent


def test_guard_raises_when_its_time_is_gone() -> None:
    guard = AttemptGuard(connect_timeout=5.0, read_timeout=5.0, deadline=time.monotonic() - 1)
    with guard, pytest.raises(ConnectDeadlineExceeded) as info:
        guard.arm(None, "connect")
    assert info.value.limit == "timeout"


def test_watchdog_shuts_the_socket_of_a_late_attempt_only() -> None:
    """A fired guard shuts its socket down (a blocked read returns); a disarmed one does not."""
    dog = Watchdog(grace=0.0)
    a, b = socket.socketpair()
    c, d = socket.socketpair()
    try:

        class Conn:
            def __init__(self, sock: socket.socket) -> None:
                self.sock = sock

        late = AttemptGuard(connect_timeout=1.0, read_timeout=0.05, deadline=None, watchdog=dog)
        early = AttemptGuard(connect_timeout=1.0, read_timeout=0.05, deadline=None, watchdog=dog)
        late.arm(Conn(a), "response")
        early.arm(Conn(c), "response")
        early.disarm()
        a.settimeout(GENEROUS)
        assert a.recv(1) == b""  # woken by the shutdown
        assert late.fired and not early.fired
        c.settimeout(0.5)
        d.sendall(b"x")
        assert c.recv(1) == b"x"  # still open
    finally:
        for s in (a, b, c, d):
            s.close()


def test_watchdog_drops_stale_entries() -> None:
    dog = Watchdog()
    for _ in range(2000):
        guard = AttemptGuard(connect_timeout=60.0, read_timeout=60.0, deadline=None, watchdog=dog)
        guard.arm(None, "response")
        guard.disarm()
    assert dog.pending() < 1000


def test_a_normal_call_is_unaffected(client: MpsClient, server: ScriptedServer) -> None:
    server.add(respond(EXAMPLE_BODY))
    raw = client.describe_raw()
    assert raw.body == EXAMPLE_BODY
    assert raw.attempts == 1
