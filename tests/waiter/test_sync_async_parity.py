"""The waiter and the watcher are one loop each, free of I/O, with a blocking and an awaiting
driver: the same scenario through both must make the same polls, sleeps and calls, and end the
same way."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest

from tencent_mps_core.exceptions import APIError, TransportError
from tencent_mps_core.waiter import Acceptor, Waiter, wait, wait_async
from tencent_mps_core.watch import AsyncWatch, ListCall, Watch, WatchPlan

from .test_watch_engine import SPEC, START, FakeService

WAITER = Waiter(
    name="task_done",
    interval=2.0,
    timeout=10.0,
    acceptors=(
        Acceptor("success", "path", ("status",), "FINISH"),
        Acceptor("failure", "path", ("status",), "FAIL"),
        Acceptor("retry", "error", (), "ResourceNotFound"),
    ),
)


def _task(status: str) -> SimpleNamespace:
    return SimpleNamespace(status=status)


#: What each poll does: a response, or an exception raised; then how long it took.
WAIT_SCENARIOS: dict[str, list[tuple[Any, float]]] = {
    "finishes": [(_task("WAITING"), 0.1), (_task("PROCESSING"), 0.1), (_task("FINISH"), 0.1)],
    "fails": [(_task("PROCESSING"), 0.5), (_task("FAIL"), 0.1)],
    "not found at first": [(APIError("ResourceNotFound", "not yet"), 0.1), (_task("FINISH"), 0)],
    "an unmatched api error": [(_task("WAITING"), 0.1), (APIError("InternalError", "boom"), 0)],
    "times out": [(_task("WAITING"), 1.5)] * 10,
    "a poll cut at the deadline": [(_task("WAITING"), 1.0), (TransportError("cut"), 20.0)],
    "a transport error in time": [(_task("WAITING"), 1.0), (TransportError("refused"), 0.1)],
}


def _waiting(scenario: list[tuple[Any, float]], run: Callable[..., Any]) -> dict[str, Any]:
    clock = [100.0]
    script = list(scenario)
    log: list[tuple[str, float]] = []
    progress: list[str] = []

    def poll(remaining: float) -> Any:
        log.append(("poll", round(remaining, 6)))
        outcome, took = script.pop(0)
        clock[0] += took
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def sleep(seconds: float) -> None:
        log.append(("sleep", round(seconds, 6)))
        clock[0] += seconds

    try:
        result = run(poll, sleep, lambda: clock[0], lambda r: progress.append(r.status))
        end: tuple[Any, ...] = ("returned", result.status)
    except Exception as exc:
        last = getattr(exc, "last", None)
        end = ("raised", type(exc).__name__, str(exc), getattr(last, "status", None))
    return {"log": log, "progress": progress, "end": end}


def _sync_wait(poll: Any, sleep: Any, clock: Any, on_progress: Any) -> Any:
    return wait(
        poll,
        WAITER,
        what="task_done(t-1)",
        interval=2.0,
        timeout=10.0,
        on_progress=on_progress,
        clock=clock,
        sleep=sleep,
    )


def _async_wait(poll: Any, sleep: Any, clock: Any, on_progress: Any) -> Any:
    async def apoll(remaining: float) -> Any:
        return poll(remaining)

    async def asleep(seconds: float) -> None:
        sleep(seconds)

    return asyncio.run(
        wait_async(
            apoll,
            WAITER,
            what="task_done(t-1)",
            interval=2.0,
            timeout=10.0,
            on_progress=on_progress,
            clock=clock,
            sleep=asleep,
        )
    )


@pytest.mark.parametrize("name", sorted(WAIT_SCENARIOS))
def test_a_wait_runs_the_same_through_both_drivers(name: str) -> None:
    sync = _waiting(WAIT_SCENARIOS[name], _sync_wait)
    both = _waiting(WAIT_SCENARIOS[name], _async_wait)
    assert sync == both
    assert sync["log"][0][0] == "poll"


def test_the_waiter_scenarios_end_as_the_acceptors_say() -> None:
    ends = {name: _waiting(s, _sync_wait)["end"][:2] for name, s in WAIT_SCENARIOS.items()}
    assert ends == {
        "finishes": ("returned", "FINISH"),
        "fails": ("raised", "WaiterFailureError"),
        "not found at first": ("returned", "FINISH"),
        "an unmatched api error": ("raised", "APIError"),
        "times out": ("raised", "WaitTimeoutError"),
        "a poll cut at the deadline": ("raised", "WaitTimeoutError"),
        "a transport error in time": ("raised", "TransportError"),
    }


# -- the watcher --------------------------------------------------------------------------------


def _watching(driver: str, tasks: dict[str, tuple[float, float]], **kw: Any) -> dict[str, Any]:
    clock = [START]
    service = FakeService(clock, dict(tasks), hidden=set(kw.pop("hidden", ())))
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock[0] += seconds

    plan = WatchPlan(
        SPEC,
        sorted(tasks) + list(kw.pop("missing", ())),
        since=START - 60,
        is_done=lambda r: r.status == "FINISH",
        wall_clock=lambda: clock[0],
    )
    common: dict[str, Any] = {"interval": 5.0, "timeout": kw.pop("timeout", 100.0)}
    common["clock"] = lambda: clock[0]
    yielded: list[str] = []
    try:
        if driver == "sync":
            watch: Watch[Any] = Watch(
                plan,
                list_items=service.list_items,
                detail=service.detail,
                sleep=sleep,
                **common,
            )
            for response in watch:
                yielded.append(response.task_id)
        else:

            async def list_items(call: ListCall, budget: float) -> list[Any]:
                return service.list_items(call, budget)

            async def detail(task_id: str, budget: float) -> Any:
                return service.detail(task_id, budget)

            async def asleep(seconds: float) -> None:
                sleep(seconds)

            awatch: AsyncWatch[Any] = AsyncWatch(
                plan, list_items=list_items, detail=detail, sleep=asleep, **common
            )

            async def collect() -> None:
                async for response in awatch:
                    yielded.append(response.task_id)

            asyncio.run(collect())
        end: tuple[Any, ...] = ("ended",)
    except Exception as exc:
        end = ("raised", type(exc).__name__, str(exc), getattr(exc, "pending", None))
    return {
        "yielded": yielded,
        "end": end,
        "lists": service.list_calls,
        "details": sorted(service.detail_calls),
        "sleeps": sleeps,
    }


WATCH_SCENARIOS: dict[str, dict[str, Any]] = {
    "all finish": {"tasks": {f"t{i}": (START, START + 3 * i) for i in range(12)}},
    "some the listing cannot see": {
        "tasks": {f"t{i}": (START, START + 4 * i) for i in range(6)},
        "hidden": {"t1", "t4"},
    },
    "one never finishes": {
        "tasks": {"a": (START, START + 2), "b": (START, START + 10_000)},
        "timeout": 30.0,
    },
    "an unknown id is polled and errors are retried": {
        "tasks": {"a": (START, START + 2)},
        "missing": ["nope"],
        "timeout": 20.0,
    },
}


@pytest.mark.parametrize("name", sorted(WATCH_SCENARIOS))
def test_a_watch_runs_the_same_through_both_drivers(name: str) -> None:
    scenario = dict(WATCH_SCENARIOS[name])
    tasks = scenario.pop("tasks")
    sync = _watching("sync", tasks, **dict(scenario))
    both = _watching("async", tasks, **dict(scenario))
    assert sync == both
    assert sync["lists"], "the watch made no listing"
