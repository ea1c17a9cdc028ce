"""The watch engine on a fake service: sweeps, details on demand, fallback polling, timeouts."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest

from tencent_mps_core.exceptions import APIError, WaitTimeoutError
from tencent_mps_core.watch import AsyncWatch, ListCall, Watch, WatchPlan, WatchSpec, utc_time

SPEC = WatchSpec(
    name="watch_tasks",
    interval=5.0,
    timeout=100.0,
    items="task_set",
    item_id="task_id",
    item_created="create_time",
    done_status="FINISH",
    other_statuses=("WAITING", "PROCESSING"),
    visible_days=7,
)
START = 1_700_000_000.0


@dataclass
class FakeService:
    """Tasks with a creation time and a finish time; some are invisible to the listing."""

    clock: list[float]
    tasks: dict[str, tuple[float, float]] = field(default_factory=dict)  # id -> (created, done)
    hidden: set[str] = field(default_factory=set)
    list_calls: list[ListCall] = field(default_factory=list)
    detail_calls: list[str] = field(default_factory=list)

    def status(self, task_id: str) -> str:
        created, done = self.tasks[task_id]
        now = self.clock[0]
        return "FINISH" if now >= done else ("PROCESSING" if now >= created else "WAITING")

    def list_items(self, call: ListCall, budget: float) -> list[Any]:
        self.list_calls.append(call)
        return [
            SimpleNamespace(task_id=t, create_time=utc_time(c))
            for t, (c, _) in self.tasks.items()
            if t not in self.hidden and self.status(t) == call.status and utc_time(c) >= call.since
        ]

    def detail(self, task_id: str, budget: float) -> Any:
        self.detail_calls.append(task_id)
        if task_id not in self.tasks:
            raise APIError("ResourceNotFound", "no such task")
        return SimpleNamespace(task_id=task_id, status=self.status(task_id))


def make_watch(service: FakeService, ids: list[str], **kw: Any) -> Watch[Any]:
    clock = service.clock

    def sleep(seconds: float) -> None:
        clock[0] += seconds

    plan = WatchPlan(
        SPEC,
        ids,
        since=kw.pop("since", START - 3600),
        is_done=lambda r: r.status == "FINISH",
        wall_clock=lambda: clock[0],
    )
    return Watch(
        plan,
        list_items=service.list_items,
        detail=service.detail,
        interval=kw.pop("interval", 5.0),
        timeout=kw.pop("timeout", 100.0),
        clock=lambda: clock[0],
        sleep=sleep,
    )


def test_each_task_is_yielded_once_when_it_finishes_with_few_calls() -> None:
    clock = [START]
    service = FakeService(clock, {f"t{i}": (START - 60, START + 2 * i) for i in range(30)})
    watch = make_watch(service, sorted(service.tasks))
    seen: list[tuple[str, float]] = []
    for response in watch:
        assert response.status == "FINISH"
        seen.append((response.task_id, clock[0]))
    assert sorted(t for t, _ in seen) == sorted(service.tasks)  # each exactly once
    for task_id, at in seen:  # seen within one interval of finishing
        assert at - service.tasks[task_id][1] <= 5.0
    assert service.detail_calls == [t for t, _ in seen]  # details only for finished tasks
    statuses = [c.status for c in service.list_calls]
    assert statuses.count("WAITING") == 1 and statuses.count("PROCESSING") == 1
    assert watch.pending == frozenset()


def test_tasks_can_be_added_while_watching_and_twice() -> None:
    clock = [START]
    service = FakeService(clock, {"a": (START, START + 1), "b": (START, START + 12)})
    watch = make_watch(service, ["a"])
    first = next(watch)
    assert first.task_id == "a"
    watch.add("b", "a", "b")  # "a" was already yielded: not again
    assert watch.pending == frozenset({"b"})
    assert [r.task_id for r in watch] == ["b"]
    assert service.detail_calls == ["a", "b"]


def test_tasks_the_listing_cannot_see_are_polled_one_by_one() -> None:
    clock = [START]
    service = FakeService(
        clock,
        {"old": (START - 30 * 86400, START + 7), "new": (START, START + 3)},
        hidden={"old"},
    )
    watch = make_watch(service, ["old", "new"])
    order = [r.task_id for r in watch]
    assert order == ["new", "old"]
    assert service.detail_calls.count("old") >= 2  # polled each round until done
    assert service.detail_calls.count("new") == 1


def test_the_sweep_window_follows_the_oldest_unfinished_task() -> None:
    clock = [START]
    service = FakeService(clock, {"early": (START - 500, START + 3), "late": (START, START + 30)})
    watch = make_watch(service, ["early", "late"])
    assert next(watch).task_id == "early"
    assert next(watch).task_id == "late"
    assert service.list_calls[0].since == utc_time(START - 3600)  # first: the given since
    assert service.list_calls[-1].since == utc_time(START - 1)  # then: oldest unfinished, "late"


def test_timeout_carries_the_unfinished_ids() -> None:
    clock = [START]
    service = FakeService(clock, {"slow": (START, START + 1000), "quick": (START, START + 1)})
    watch = make_watch(service, ["slow", "quick", "missing"], timeout=30)
    assert next(watch).task_id == "quick"
    with pytest.raises(WaitTimeoutError) as info:
        next(watch)
    assert info.value.pending == ("missing", "slow")
    assert clock[0] - START <= 30 + 1e-6


def test_an_error_fetching_a_finished_task_propagates() -> None:
    clock = [START]
    service = FakeService(clock, {"a": (START, START)})

    def broken(task_id: str, budget: float) -> Any:
        raise APIError("InternalError", "boom")

    watch = make_watch(service, ["a"])
    watch._detail = broken
    with pytest.raises(APIError, match="InternalError"):
        next(watch)


def test_the_async_variant_yields_the_same() -> None:
    clock = [START]
    service = FakeService(clock, {f"t{i}": (START, START + 3 * i) for i in range(10)})

    async def list_items(call: ListCall, budget: float) -> list[Any]:
        return service.list_items(call, budget)

    async def detail(task_id: str, budget: float) -> Any:
        return service.detail(task_id, budget)

    async def sleep(seconds: float) -> None:
        clock[0] += seconds

    plan = WatchPlan(
        SPEC,
        sorted(service.tasks),
        since=START - 60,
        is_done=lambda r: r.status == "FINISH",
        wall_clock=lambda: clock[0],
    )
    watch: AsyncWatch[Any] = AsyncWatch(
        plan,
        list_items=list_items,
        detail=detail,
        interval=5.0,
        timeout=100.0,
        clock=lambda: clock[0],
        sleep=sleep,
    )

    async def collect() -> list[str]:
        return [r.task_id async for r in watch]

    assert sorted(asyncio.run(collect())) == sorted(service.tasks)
