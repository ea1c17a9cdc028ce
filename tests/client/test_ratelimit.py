"""The client-side rate limiter: sliding windows per action, AIMD after throttling, shared."""

from __future__ import annotations

import threading

import pytest

from tencent_mps_core.config import check_rate_limits
from tencent_mps_core.exceptions import ConfigurationError
from tencent_mps_core.ratelimit import MARGIN, SPREAD, RateLimiter

from .conftest import MpsClient
from .server import ScriptedServer, api_error, respond

WINDOW = 1.0 * (1 + MARGIN[0]) + MARGIN[1]


def assert_spread(sends: list[float], rate: int) -> None:
    """No one-second window holds more than ``rate`` sends, no tenth of it more than a tenth
    of them (plus one)."""
    sends = sorted(sends)
    burst = -(-rate // SPREAD) + 1
    for i in range(len(sends)):
        if i + rate < len(sends):
            assert sends[i + rate] - sends[i] >= 1.0
        if burst < rate and i + burst < len(sends):
            assert sends[i + burst] - sends[i] >= 0.1


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_caller_under_the_limit_is_never_delayed() -> None:
    clock = Clock()
    limiter = RateLimiter(clock)
    for _ in range(200):
        assert limiter.reserve("Describe", 100) == 0.0
        clock.now += 0.011  # 90 requests a second
    assert limiter.reserve("Other", 1) == 0.0  # actions are counted apart


def test_callers_over_the_limit_get_successive_spread_slots() -> None:
    clock = Clock()
    limiter = RateLimiter(clock)
    waits = [limiter.reserve("Describe", 100) for _ in range(250)]
    assert waits[:11] == [0.0] * 11  # a tenth of the quota (plus one) goes at once
    assert waits == sorted(waits)  # then successive slots, spread over the window
    assert_spread([clock.now + w for w in waits], 100)
    assert waits[-1] == pytest.approx(2 * WINDOW + 0.4 * WINDOW, abs=0.05)


def test_fractional_and_unlimited_rates() -> None:
    clock = Clock()
    limiter = RateLimiter(clock)
    assert limiter.reserve("Slow", 0.5) == 0.0
    assert limiter.reserve("Slow", 0.5) == pytest.approx(2.0 * (1 + MARGIN[0]) + MARGIN[1])
    assert all(limiter.reserve("Free", None) == 0.0 for _ in range(1000))
    assert all(limiter.reserve("Free", float("inf")) == 0.0 for _ in range(1000))


def test_throttling_halves_the_rate_then_it_grows_back() -> None:
    clock = Clock()
    limiter = RateLimiter(clock)
    limiter.throttled("Describe")
    assert limiter.stats("Describe")["factor"] == 0.5
    waits = [limiter.reserve("Describe", 100) for _ in range(51)]
    assert_spread([clock.now + w for w in waits], 50)  # 50 a second now
    assert waits[-1] >= 1.0
    clock.now += 2.0
    assert limiter.stats("Describe")["factor"] == pytest.approx(0.7)
    clock.now += 10.0
    stats = limiter.stats("Describe")
    assert (stats["factor"], stats["throttled"]) == (1.0, 1)
    limiter.throttled("Describe")
    limiter.throttled("Describe")
    assert limiter.stats("Describe")["factor"] == 0.25


def test_the_window_follows_a_changed_rate_at_once() -> None:
    """What a rate implies (capacity, window, bursts) is kept between calls: a call at another
    rate for the same action, or after throttling, is paced by the new rate straight away."""
    clock = Clock()
    limiter = RateLimiter(clock)
    fast = [limiter.reserve("Describe", 100) for _ in range(100)]
    assert_spread([clock.now + w for w in fast], 100)
    clock.now += 5.0  # the window is empty again
    slow = [limiter.reserve("Describe", 10) for _ in range(30)]
    assert slow[:2] == [0.0, 0.0] and slow[2] > 0  # bursts of 10 // 10 + 1 = 2 at 10/s
    assert_spread([clock.now + w for w in slow], 10)
    assert slow[-1] == pytest.approx(2.4 * WINDOW, abs=0.01)
    clock.now += 5.0
    limiter.throttled("Describe")  # 50 a second from now on
    halved = [limiter.reserve("Describe", 100) for _ in range(120)]
    assert_spread([clock.now + w for w in halved], 50)
    assert halved[-1] >= 2.0


def test_threads_share_the_window() -> None:
    limiter = RateLimiter(Clock())
    waits: list[float] = []
    lock = threading.Lock()

    def take() -> None:
        for _ in range(25):
            w = limiter.reserve("Describe", 50)
            with lock:
                waits.append(w)

    threads = [threading.Thread(target=take) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(waits) == 200 and sorted(waits).count(0.0) == 6  # a tenth of 50, plus one
    assert_spread([1000.0 + w for w in waits], 50)


@pytest.mark.parametrize(
    ("limits", "share"),
    [("fast", 1.0), ({"A": 0}, 1.0), ({"A": -1}, 1.0), ({1: 5}, 1.0), (None, 0), (None, "1")],
)
def test_bad_rate_options_are_configuration_errors(limits: object, share: object) -> None:
    with pytest.raises(ConfigurationError):
        check_rate_limits(limits, share)


def test_client_limits_come_from_the_schema_and_options(client: MpsClient) -> None:
    config = client.with_options(rate_limits={"DescribeTaskDetail": 5})._config
    assert config.rate_for("DescribeTaskDetail", 100.0) == 5
    assert config.rate_for("ProcessMedia", 100.0) == 100.0
    assert client.with_options(rate_limit_share=0.25)._config.rate_for("X", 100.0) == 25.0
    assert client.with_options(rate_limit_share=None)._config.rate_for("X", 100.0) is None


def test_clones_share_the_limiter_and_throttling_slows_the_action(
    client: MpsClient, server: ScriptedServer
) -> None:
    clone = client.with_options(read_timeout=5)
    assert clone._shared.limiter is client._shared.limiter
    server.add(api_error("RequestLimitExceeded"), respond(b'{"Response": {"RequestId": "r"}}'))
    clone.describe()
    stats = client._shared.limiter.stats("DescribeTaskDetail")
    assert stats["throttled"] == 1 and stats["factor"] < 1.0
