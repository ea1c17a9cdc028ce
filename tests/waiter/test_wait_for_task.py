"""client.wait_for_task against the emulator, and the waiter engine's rules."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from tencent_mps import Client
from tencent_mps.errors import (
    ConfigurationError,
    ResourceNotFoundError,
    WaiterError,
    WaiterFailureError,
    WaitTimeoutError,
)
from tencent_mps.models import DescribeTaskDetailResponse
from tencent_mps.testing import Emulator
from tencent_mps_core import waiter


@pytest.fixture()
def emu() -> Iterator[Emulator]:
    with Emulator() as e:
        yield e


@pytest.fixture()
def client(emu: Emulator) -> Iterator[Client]:
    with Client(
        credentials=Emulator.DEFAULT_CREDENTIALS, region="ap-guangzhou", endpoint=emu.endpoint
    ) as c:
        yield c


def test_polls_until_finish_reporting_each_intermediate_response(
    emu: Emulator, client: Client
) -> None:
    task = emu.add_progressing_task(subtasks=2, steps=3, polls_per_step=1)
    seen: list[tuple[str | None, int]] = []
    final = client.wait_for_task(
        task,
        interval=0.001,
        timeout=30,
        on_progress=lambda r: seen.append((r.status, r.overall_progress())),
    )
    assert isinstance(final, DescribeTaskDetailResponse)
    assert final.status == "FINISH" and final.overall_progress() == 100
    assert seen[0] == ("WAITING", 0)
    statuses = [s for s, _ in seen]
    assert statuses.count("PROCESSING") >= 2 and "FINISH" not in statuses
    progress = [p for s, p in seen if s == "PROCESSING"]
    assert progress == sorted(progress) and progress[-1] > progress[0]  # rising
    assert emu.call_count == len(seen) + 1


def test_finished_task_returns_at_once(emu: Emulator, client: Client) -> None:
    calls: list[DescribeTaskDetailResponse] = []
    r = client.wait_for_task(
        Emulator.EXAMPLE_TASK_ID, interval=10, timeout=60, on_progress=calls.append
    )
    assert r.status == "FINISH" and calls == [] and emu.call_count == 1


def test_timeout_raises_with_the_last_response(emu: Emulator, client: Client) -> None:
    task = emu.add_progressing_task(subtasks=1, steps=4, polls_per_step=10_000)
    with pytest.raises(WaitTimeoutError) as info:
        client.wait_for_task(task, interval=0.01, timeout=0.05)
    last = info.value.last
    assert isinstance(last, DescribeTaskDetailResponse) and last.status in ("WAITING", "PROCESSING")
    assert task in str(info.value)


def test_api_errors_propagate_typed(client: Client) -> None:
    with pytest.raises(ResourceNotFoundError):
        client.wait_for_task("no-such-task", interval=0.01, timeout=1)


def test_failed_subtasks_are_visible_on_the_final_response(emu: Emulator, client: Client) -> None:
    task = emu.add_progressing_task(subtasks=3, steps=2, fail_subtasks=(0, 2))
    final = client.wait_for_task(task, interval=0.001, timeout=30)
    failed = final.failed_subtasks()
    assert [f.name for f in failed] == [
        "media_process_result_set[0].transcode_task",
        "media_process_result_set[2].transcode_task",
    ]
    assert all(f.err_code and f.err_code_ext and f.message for f in failed)


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def status_is(expected: str, state: waiter.State = "success") -> waiter.Acceptor:
    return waiter.Acceptor(state, "path", ("status",), expected, "Status")


def test_never_sleeps_past_the_deadline() -> None:
    clock = FakeClock()
    w = waiter.Waiter("w", 4, 10, (status_is("FINISH"),))
    budgets: list[float] = []

    def poll(remaining: float) -> SimpleNamespace:
        budgets.append(remaining)
        return SimpleNamespace(status="PROCESSING")

    with pytest.raises(WaitTimeoutError) as info:
        waiter.wait(poll, w, what="w", interval=4, timeout=10, clock=clock, sleep=clock.sleep)
    assert clock.sleeps == [4, 4, 2]  # the last sleep is cut to the deadline, none after it
    assert info.value.last.status == "PROCESSING"
    assert budgets == [10, 6, 2]  # each poll is bounded by the time left, none after it


def test_failure_acceptor_stops_waiting() -> None:
    clock = FakeClock()
    w = waiter.Waiter("w", 1, 10, (status_is("FINISH"), status_is("FAILED", "failure")))
    with pytest.raises(WaiterFailureError) as info:
        waiter.wait(
            lambda remaining: SimpleNamespace(status="FAILED"),
            w,
            what="w",
            interval=1,
            timeout=10,
            clock=clock,
            sleep=clock.sleep,
        )
    assert clock.sleeps == [] and info.value.last.status == "FAILED"
    assert isinstance(info.value, WaiterError) and not isinstance(info.value, WaitTimeoutError)


def test_path_any_and_error_matchers() -> None:
    any_failed = waiter.Acceptor("failure", "path-any", ("items", "[]", "status"), "FAIL")
    gone = waiter.Acceptor("success", "error", (), "ResourceNotFound")
    page = SimpleNamespace(items=[SimpleNamespace(status="OK"), SimpleNamespace(status="FAIL")])
    assert any_failed.matches(page, None)
    assert not any_failed.matches(SimpleNamespace(items=[]), None)
    assert not any_failed.matches(SimpleNamespace(items=None), None)
    error = ResourceNotFoundError("ResourceNotFound.TaskNotExist", "gone")
    assert gone.matches(None, error) and not gone.matches(page, None)
    assert not gone.matches(None, ResourceNotFoundError("ResourceNotFoundX", "other"))


def test_an_error_no_acceptor_matches_propagates() -> None:
    w = waiter.Waiter("w", 1, 10, (status_is("FINISH"),))

    def poll(remaining: float) -> SimpleNamespace:
        raise ResourceNotFoundError("ResourceNotFound", "no such task")

    with pytest.raises(ResourceNotFoundError):
        waiter.wait(poll, w, what="w", interval=1, timeout=10, sleep=lambda s: None)


@pytest.mark.parametrize(("interval", "timeout"), [(0, 1), (-1, 1), (1, -1), (float("nan"), 1)])
def test_bad_arguments(interval: float, timeout: float) -> None:
    w = waiter.Waiter("w", 1, 1, (status_is("FINISH"),))
    with pytest.raises(ConfigurationError):
        waiter.wait(lambda r: 1, w, what="w", interval=interval, timeout=timeout)
