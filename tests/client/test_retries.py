"""Retries: what is retried, how often, the back-off, and what surfaces after the last attempt."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator

import pytest
from urllib3.exceptions import (
    ConnectTimeoutError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
)

from tencent_mps import errors
from tencent_mps_core.exceptions import TransportError
from tencent_mps_core.http_error import HTTPError
from tencent_mps_core.retry import RetryPolicy

from .conftest import EXAMPLE_BODY, EXAMPLE_REQUEST_ID, MpsClient, SleepRecorder
from .server import ScriptedServer, api_error, delay, hang_up, reset, respond


@pytest.mark.parametrize(
    "code",
    [
        "RequestLimitExceeded",
        "RequestLimitExceeded.UinLimitExceeded",
        "RequestLimitExceeded.IPLimitExceeded",
        "InternalError",
        "ServiceUnavailable",
        "ResourceUnavailable",
    ],
)
def test_transient_api_errors_then_success(
    client: MpsClient, server: ScriptedServer, sleeps: SleepRecorder, code: str
) -> None:
    server.add(api_error(code), api_error(code))
    raw = client.describe_raw()
    assert raw.attempts == 3
    assert raw.request_id == EXAMPLE_REQUEST_ID
    assert server.count == 3
    assert len(sleeps.calls) == 2


def test_throttling_once_then_success(
    client: MpsClient, server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.add(api_error("RequestLimitExceeded"))
    assert client.describe_raw().attempts == 2
    assert server.count == 2
    assert len(sleeps.calls) == 1


def test_throttling_exhausts_attempts_without_sleeping_after_the_last(
    client: MpsClient, server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.reset_state(default=api_error("RequestLimitExceeded.UinLimitExceeded"))
    with pytest.raises(errors.RequestLimitExceededUinLimitExceededError) as info:
        client.describe()
    assert info.value.code == "RequestLimitExceeded.UinLimitExceeded"
    assert server.count == 3
    assert len(sleeps.calls) == 2  # between attempts 1-2 and 2-3, never after 3


@pytest.mark.parametrize("status", [500, 502, 503, 504, 429])
def test_5xx_without_envelope_then_success(
    client: MpsClient, server: ScriptedServer, sleeps: SleepRecorder, status: int
) -> None:
    server.add(respond(b"<html>Bad Gateway</html>", status=status, content_type="text/html"))
    assert client.describe_raw().attempts == 2
    assert server.count == 2
    assert len(sleeps.calls) == 1


def test_5xx_exhausted_raises_http_error(
    client: MpsClient, server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.reset_state(
        default=respond(b"upstream connect error", status=503, content_type="text/plain")
    )
    with pytest.raises(HTTPError) as info:
        client.describe()
    assert info.value.http_status == 503
    assert info.value.attempts == 3
    assert info.value.body_preview == "upstream connect error"
    assert server.count == 3
    assert len(sleeps.calls) == 2


def test_5xx_with_non_retryable_envelope_is_not_retried(
    client: MpsClient, server: ScriptedServer
) -> None:
    server.add(api_error("ResourceNotFound", status=500))
    with pytest.raises(errors.ResourceNotFoundError):
        client.describe()
    assert server.count == 1


@pytest.mark.parametrize("fault", [reset, hang_up], ids=["rst", "fin"])
def test_connection_dropped_then_success(
    client: MpsClient, server: ScriptedServer, sleeps: SleepRecorder, fault: object
) -> None:
    server.add(fault())  # type: ignore[operator]
    raw = client.describe_raw()
    assert raw.attempts == 2
    assert raw.body == EXAMPLE_BODY
    assert server.count == 2


@pytest.mark.parametrize("fault", [reset, hang_up], ids=["rst", "fin"])
def test_connection_dropped_every_time_raises_transport_error(
    client: MpsClient, server: ScriptedServer, sleeps: SleepRecorder, fault: object
) -> None:
    server.reset_state(default=fault())  # type: ignore[operator]
    with pytest.raises(TransportError) as info:
        client.describe()
    exc = info.value
    assert not isinstance(exc, HTTPError)
    assert exc.attempts == 3
    assert isinstance(exc.__cause__, ProtocolError)
    assert "after 3 attempts" in str(exc)
    assert server.count == 3
    assert len(sleeps.calls) == 2


def test_read_timeout_is_retried_then_raises_with_cause(
    client: MpsClient, server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.reset_state(default=delay(5.0, respond(EXAMPLE_BODY)))
    quick = client.with_options(read_timeout=0.2, max_attempts=2)
    with pytest.raises(TransportError) as info:
        quick.describe()
    assert isinstance(info.value.__cause__, ReadTimeoutError)
    assert "read timed out" in str(info.value)
    assert info.value.attempts == 2
    assert server.count == 2
    assert len(sleeps.calls) == 1


def test_slow_then_fast_succeeds(client: MpsClient, server: ScriptedServer) -> None:
    server.add(delay(5.0, respond(EXAMPLE_BODY)))
    raw = client.with_options(read_timeout=0.2).describe_raw()
    assert raw.attempts == 2
    assert server.count == 2


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = int(s.getsockname()[1])
    s.close()
    return port


def test_connection_refused_is_retried_then_raises(
    client: MpsClient, sleeps: SleepRecorder
) -> None:
    dead = client.with_options(endpoint=f"http://127.0.0.1:{_closed_port()}")
    with pytest.raises(TransportError) as info:
        dead.describe()
    assert isinstance(info.value.__cause__, NewConnectionError)
    assert "connection refused" in str(info.value)
    assert info.value.attempts == 3
    assert len(sleeps.calls) == 2


def test_max_attempts_one_means_no_retry_and_no_sleep(
    client: MpsClient, server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.add(api_error("InternalError"))
    with pytest.raises(errors.InternalError):
        client.with_options(max_attempts=1).describe()
    assert server.count == 1
    assert sleeps.calls == []


def test_each_attempt_is_signed_with_a_fresh_timestamp(
    client: MpsClient, server: ScriptedServer
) -> None:
    ticks = iter([1_700_000_000.9, 1_700_000_007.2, 1_700_000_019.5])
    client._clock = lambda: next(ticks)
    server.add(api_error("RequestLimitExceeded"), respond(b"", status=502, content_type=None))
    client.describe()
    stamps = [r.headers["x-tc-timestamp"] for r in server.requests]
    assert stamps == ["1700000000", "1700000007", "1700000019"]
    auths = {r.headers["authorization"] for r in server.requests}
    assert len(auths) == 3  # re-signed each time


def test_backoff_delays_are_capped_exponential_with_full_jitter(
    client: MpsClient, server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    policy = RetryPolicy(max_attempts=6, base=0.5, cap=3.0, sleep=sleeps, random=lambda: 1.0)
    server.reset_state(default=api_error("ServiceUnavailable"))
    with pytest.raises(errors.ServiceUnavailableError):
        client.with_options(retry_policy=policy).describe()
    assert sleeps.calls == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert server.count == 6


def test_jitter_scales_the_ceiling() -> None:
    policy = RetryPolicy(base=0.2, cap=5.0, random=lambda: 0.25)
    assert [policy.delay(n) for n in (1, 2, 3, 10, 1000)] == [0.05, 0.1, 0.2, 1.25, 1.25]
    assert RetryPolicy(random=lambda: 0.0).delay(3) == 0.0


def test_default_policy() -> None:
    policy = RetryPolicy()
    assert (policy.max_attempts, policy.base, policy.cap) == (3, 0.2, 5.0)
    for n in range(1, 20):
        assert 0 <= policy.delay(n) <= 5.0


@pytest.fixture()
def unresponsive_port() -> Iterator[int]:
    """A loopback port whose accept queue is full, so new connections time out (Linux)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = int(listener.getsockname()[1])
    fillers = []
    for _ in range(4):
        s = socket.socket()
        s.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            s.connect(("127.0.0.1", port))
        fillers.append(s)
    probe = socket.socket()
    probe.settimeout(0.2)
    try:
        probe.connect(("127.0.0.1", port))
    except TimeoutError:
        pass
    else:
        pytest.skip("this platform accepts connections beyond the listen backlog")
    finally:
        probe.close()
    yield port
    for s in fillers:
        s.close()
    listener.close()


def test_connect_timeout_is_retried_then_raises_with_cause(
    client: MpsClient, sleeps: SleepRecorder, unresponsive_port: int
) -> None:
    stuck = client.with_options(
        endpoint=f"http://127.0.0.1:{unresponsive_port}", connect_timeout=0.1, max_attempts=2
    )
    with pytest.raises(TransportError) as info:
        stuck.describe()
    assert isinstance(info.value.__cause__, ConnectTimeoutError)
    assert not isinstance(info.value.__cause__, NewConnectionError)
    assert "connect timed out" in str(info.value)
    assert info.value.attempts == 2
    assert len(sleeps.calls) == 1
