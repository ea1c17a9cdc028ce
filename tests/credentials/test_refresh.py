"""Refreshing temporary credentials: when, how often, from threads and from asyncio tasks."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from tencent_mps.credentials import (
    Credentials,
    CredentialsRefreshError,
    CVMRoleCredentials,
    ExpiringCredentials,
    RefreshingCredentials,
    STSAssumeRoleCredentials,
)
from tencent_mps.errors import CredentialsError
from tencent_mps_lib.testing.cloud._cloud import (
    EXAMPLE_ROLE_ARN,
    EXAMPLE_TEMPORARY_CREDENTIALS,
    FakeCloud,
)

from .conftest import FakeClock

WAIT = 30.0  # generous bound on anything a test waits for (a loaded machine)


class Source:
    """A fetch function: numbered credentials valid ``lifetime`` seconds; can fail or block."""

    def __init__(self, clock: FakeClock, lifetime: float = 3600.0) -> None:
        self.clock = clock
        self.lifetime = lifetime
        self.calls = 0
        self.error: Exception | None = None
        self.gate: threading.Event | None = None
        self.started = threading.Event()
        self._lock = threading.Lock()

    def __call__(self) -> ExpiringCredentials:
        with self._lock:
            self.calls += 1
            n = self.calls
        self.started.set()
        if self.gate is not None and not self.gate.wait(WAIT):
            raise RuntimeError("the test never opened the gate")
        if self.error is not None:
            raise self.error
        creds = Credentials(f"AKIDsource{n:010d}", f"key-{n}", f"token-{n}")
        return ExpiringCredentials(creds, self.clock() + self.lifetime)


def provider(source: Source, clock: FakeClock, **kwargs: float) -> RefreshingCredentials:
    return RefreshingCredentials(source, description="the test source", clock=clock, **kwargs)


def test_fetched_on_first_use_and_cached(clock: FakeClock) -> None:
    source = Source(clock)
    p = provider(source, clock)
    assert source.calls == 0 and p.expires_at is None
    first = p.get_credentials()
    assert source.calls == 1
    clock.advance(3600 - 301)  # just before the refresh margin
    assert p.get_credentials() is first
    assert source.calls == 1


def test_refreshed_early_inside_the_margin(clock: FakeClock) -> None:
    source = Source(clock)
    p = provider(source, clock, refresh_margin=300, expiry_margin=60)
    p.get_credentials()
    clock.advance(3600 - 299)
    assert p.get_credentials().secret_id.endswith("2")
    assert source.calls == 2


def test_a_failed_early_refresh_keeps_serving_valid_credentials(clock: FakeClock) -> None:
    source = Source(clock)
    p = provider(source, clock, refresh_margin=300, expiry_margin=60)
    first = p.get_credentials()
    clock.advance(3600 - 200)
    source.error = CredentialsError("service down")
    assert p.get_credentials() is first  # early refresh failed: the cached ones still do
    assert source.calls == 2
    assert p.get_credentials() is first  # paused before the next early attempt
    assert source.calls == 2
    clock.advance(11)
    p.get_credentials()
    assert source.calls == 3  # tried again after the pause
    clock.advance(200 - 11 - 60)  # now inside the expiry margin: must refresh or fail
    with pytest.raises(CredentialsRefreshError) as info:
        p.get_credentials()
    assert "could not get temporary credentials from the test source: service down" in str(
        info.value
    )
    source.error = None
    assert p.get_credentials().secret_id.endswith("5")


def test_credentials_inside_the_expiry_margin_are_never_served(clock: FakeClock) -> None:
    source = Source(clock)
    p = provider(source, clock, refresh_margin=300, expiry_margin=60)
    p.get_credentials()
    clock.advance(3600 - 59)
    source.error = CredentialsError("down")
    with pytest.raises(CredentialsRefreshError):
        p.get_credentials()


def test_margins_shrink_for_short_lived_credentials(clock: FakeClock) -> None:
    source = Source(clock, lifetime=100)
    p = provider(source, clock)  # default margins (300 s, 60 s) are longer than the lifetime
    p.get_credentials()
    clock.advance(49)
    p.get_credentials()
    assert source.calls == 1
    clock.advance(2)  # past half the lifetime: refreshed early
    p.get_credentials()
    assert source.calls == 2


def test_already_expired_credentials_are_an_error(clock: FakeClock) -> None:
    source = Source(clock, lifetime=-5)
    with pytest.raises(CredentialsRefreshError) as info:
        provider(source, clock).get_credentials()
    assert "expired 5 s ago" in str(info.value) and "clock" in str(info.value)


def test_a_fetch_that_crashes_is_a_credentials_error(clock: FakeClock) -> None:
    def broken() -> ExpiringCredentials:
        raise KeyError("TmpSecretKey value-that-may-be-secret")

    with pytest.raises(CredentialsRefreshError) as info:
        RefreshingCredentials(broken).get_credentials()
    assert "unexpected KeyError" in str(info.value)
    assert "value-that-may-be-secret" not in str(info.value)


def test_refresh_forces_a_new_fetch(clock: FakeClock) -> None:
    source = Source(clock)
    p = provider(source, clock)
    p.get_credentials()
    assert p.refresh().secret_id.endswith("2")
    assert p.get_credentials().secret_id.endswith("2")


def test_bad_fetch_results_and_arguments(clock: FakeClock) -> None:
    with pytest.raises(CredentialsError):
        RefreshingCredentials("not callable")  # type: ignore[arg-type]
    with pytest.raises(CredentialsError):
        ExpiringCredentials(Credentials("AKIDx0000000", "k"), float("inf"))
    with pytest.raises(CredentialsError):
        ExpiringCredentials(("id", "key"), 1.0)  # type: ignore[arg-type]
    p = RefreshingCredentials(lambda: "nope", clock=clock)  # type: ignore[arg-type,return-value]
    with pytest.raises(CredentialsRefreshError) as info:
        p.get_credentials()
    assert "fetch returned str" in str(info.value)


# -- many callers at once ----------------------------------------------------------------------


def run_threads(n: int, target: Callable[[], Credentials]) -> list[Credentials]:
    barrier = threading.Barrier(n)

    def call() -> Credentials:
        barrier.wait(WAIT)
        return target()

    with ThreadPoolExecutor(n) as pool:
        futures = [pool.submit(call) for _ in range(n)]
        return [f.result(WAIT) for f in futures]


def test_one_refresh_for_16_threads(clock: FakeClock) -> None:
    source = Source(clock)
    source.gate = threading.Event()
    p = provider(source, clock)
    gate = source.gate

    def open_gate() -> None:
        source.started.wait(WAIT)
        gate.set()

    opener = threading.Thread(target=open_gate)
    opener.start()
    results = run_threads(16, p.get_credentials)
    opener.join(WAIT)
    assert source.calls == 1
    assert len({id(r) for r in results}) == 1


def test_one_refresh_for_16_threads_against_the_fake_sts(clock: FakeClock) -> None:
    with FakeCloud(clock=clock) as cloud:
        caller = cloud.long_term_credentials
        p = STSAssumeRoleCredentials(
            caller.secret_id,
            caller.secret_key,
            EXAMPLE_ROLE_ARN,
            "s1",
            endpoint=cloud.sts_endpoint,
            clock=clock,
        )
        assert set(run_threads(16, p.get_credentials)) == {EXAMPLE_TEMPORARY_CREDENTIALS[0]}
        assert cloud.sts.credential_calls == 1
        clock.advance(7200 - 30)  # inside the expiry margin: everyone needs new ones
        assert set(run_threads(16, p.get_credentials)) == {EXAMPLE_TEMPORARY_CREDENTIALS[1]}
        assert cloud.sts.credential_calls == 2


def test_one_refresh_for_16_threads_against_the_fake_metadata_service(clock: FakeClock) -> None:
    with FakeCloud(clock=clock, lifetime=1000) as cloud:
        p = CVMRoleCredentials(endpoint=cloud.metadata_endpoint, clock=clock)
        run_threads(16, p.get_credentials)
        clock.advance(1000 - 280)  # inside the refresh margin: one early refresh
        results = run_threads(16, p.get_credentials)
        assert cloud.metadata.credential_calls == 2
        assert set(results) <= set(EXAMPLE_TEMPORARY_CREDENTIALS[:2])


def test_a_failed_refresh_is_shared_by_the_threads_waiting_for_it(clock: FakeClock) -> None:
    source = Source(clock)
    source.error = CredentialsError("STS said no")
    source.gate = threading.Event()
    joined = threading.Semaphore(0)

    class Observed(RefreshingCredentials):
        """Tells the test when a caller has joined the refresh in flight."""

        def _plan(self, *, force: bool) -> Any:
            plan = super()._plan(force=force)
            if plan.job is not None and not plan.owner:
                joined.release()
            return plan

    p = Observed(source, clock=clock)
    errors: list[BaseException] = []

    def call() -> None:
        try:
            p.get_credentials()
        except CredentialsRefreshError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(8)]
    for t in threads:
        t.start()
    for _ in range(7):  # every caller but the one refreshing is waiting for that refresh
        assert joined.acquire(timeout=WAIT)
    source.gate.set()
    for t in threads:
        t.join(WAIT)
    assert len(errors) == 8
    assert all("STS said no" in str(e) for e in errors)
    assert source.calls == 1  # the waiters share the failure instead of all retrying
    assert len({id(e) for e in errors}) == 8  # each caller raises its own copy


# -- asyncio -----------------------------------------------------------------------------------


def test_one_refresh_for_many_tasks_without_blocking_the_loop(clock: FakeClock) -> None:
    source = Source(clock)
    source.gate = threading.Event()
    p = provider(source, clock)

    async def main() -> list[Credentials]:
        tasks = [asyncio.create_task(p.get_credentials_async()) for _ in range(50)]
        # This coroutine can only run while the refresh is in flight if the loop is free.
        await asyncio.get_running_loop().run_in_executor(None, source.started.wait, WAIT)
        assert source.gate is not None
        source.gate.set()
        return await asyncio.wait_for(asyncio.gather(*tasks), WAIT)

    results = asyncio.run(main())
    assert source.calls == 1
    assert len({id(r) for r in results}) == 1


def test_many_tasks_against_the_fake_sts(clock: FakeClock) -> None:
    with FakeCloud(clock=clock) as cloud:
        caller = cloud.long_term_credentials
        p = STSAssumeRoleCredentials(
            caller.secret_id,
            caller.secret_key,
            EXAMPLE_ROLE_ARN,
            "s1",
            endpoint=cloud.sts_endpoint,
            clock=clock,
        )

        async def burst() -> set[Credentials]:
            return set(await asyncio.gather(*(p.get_credentials_async() for _ in range(64))))

        assert asyncio.run(burst()) == {EXAMPLE_TEMPORARY_CREDENTIALS[0]}
        clock.advance(7200)
        assert asyncio.run(burst()) == {EXAMPLE_TEMPORARY_CREDENTIALS[1]}
        assert cloud.sts.credential_calls == 2


def test_a_cancelled_task_does_not_cancel_the_refresh_for_the_others(clock: FakeClock) -> None:
    source = Source(clock)
    source.gate = threading.Event()
    p = provider(source, clock)

    async def main() -> Credentials:
        first = asyncio.create_task(p.get_credentials_async())
        second = asyncio.create_task(p.get_credentials_async())
        await asyncio.get_running_loop().run_in_executor(None, source.started.wait, WAIT)
        first.cancel()
        assert source.gate is not None
        source.gate.set()
        with pytest.raises(asyncio.CancelledError):
            await first
        return await asyncio.wait_for(second, WAIT)

    assert asyncio.run(main()).secret_id.endswith("1")
    assert source.calls == 1


def test_async_failure_raises_credentials_refresh_error(clock: FakeClock) -> None:
    source = Source(clock)
    source.error = CredentialsError("metadata down")
    p = provider(source, clock)
    with pytest.raises(CredentialsRefreshError) as info:
        asyncio.run(p.get_credentials_async())
    assert "metadata down" in str(info.value)


def test_threads_and_tasks_share_one_refresh(clock: FakeClock) -> None:
    source = Source(clock)
    source.gate = threading.Event()
    p = provider(source, clock)
    thread_result: list[Credentials] = []
    worker = threading.Thread(target=lambda: thread_result.append(p.get_credentials()))
    worker.start()
    assert source.started.wait(WAIT)

    async def main() -> Credentials:
        task = asyncio.create_task(p.get_credentials_async())
        await asyncio.sleep(0)  # let the task join the refresh in flight
        assert source.gate is not None
        source.gate.set()
        return await asyncio.wait_for(task, WAIT)

    from_task = asyncio.run(main())
    worker.join(WAIT)
    assert thread_result == [from_task]
    assert source.calls == 1


def test_an_early_refresh_does_not_hold_up_async_callers(clock: FakeClock) -> None:
    source = Source(clock)
    p = provider(source, clock, refresh_margin=300, expiry_margin=60)
    first = p.get_credentials()
    clock.advance(3600 - 200)
    source.gate = threading.Event()  # the next fetch blocks until the test opens the gate
    source.started.clear()

    async def main() -> list[Credentials]:
        return list(await asyncio.gather(*(p.get_credentials_async() for _ in range(10))))

    assert asyncio.run(main()) == [first] * 10  # served at once, the refresh still blocked
    assert source.started.wait(WAIT)
    source.gate.set()
    clock.advance(150)  # past the old expiry margin: waits for (or finds) the new ones
    assert p.get_credentials().secret_id.endswith("2")
    assert source.calls == 2
