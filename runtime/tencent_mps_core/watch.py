"""Watching many items until each is done, with few calls: list sweeps first, details on demand.

Polling the detail action once per item does not scale: 10,000 running tasks polled every 5 s
need 2,000 requests a second, far above an account's quota. A watcher (``x-tc-watchers`` in
schema/) instead sweeps a *listing* action for items in the done state (100 per page), and
calls the *detail* action only for watched items the sweep found done. A sweep, every interval:

1. **done listing**: every page of the listing filtered by the done status, created since the
   oldest unfinished watched item (so the window moves forward as old items finish);
2. **visibility listing** (the first sweep, and after items were added): every page of the
   other statuses, to learn which watched items the listing can see at all, and when they were
   made;
3. **fallback**: watched items that no listing shows (it covers a limited period, e.g. the last
   7 days, and may leave some kinds of items out) are queued for a detail poll each sweep, as a
   waiter would poll them.

Between sweeps, the queued items' details are fetched a few at a time (the client's rate
limiter paces them), and each item is yielded once, as its final detail response, as soon as
its details are back.
Items can be added while watching. Running out of time raises ``WaitTimeoutError`` whose
``pending`` lists the unfinished items.

The logic is free of I/O (:class:`WatchPlan` yields the calls to make and takes their results,
and one loop, ``_Loop.advance``, decides when to sweep, fetch and sleep): :class:`Watch` performs
its steps with blocking calls, :class:`AsyncWatch` awaits them (see :mod:`.sansio`).
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .exceptions import APIError, ConfigurationError, WaitTimeoutError
from .sansio import adrive, drive
from .waiter import Waiter, check_pacing

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor
    from datetime import datetime

T = TypeVar("T")
#: Detail calls in flight at once (the client's rate limiter paces them).
CONCURRENCY = 8


@dataclass(frozen=True, slots=True)
class WatchSpec:
    """What a generated watcher says about its actions (attribute names, not wire names)."""

    name: str
    interval: float
    timeout: float
    items: str  # list response field holding the items
    item_id: str  # item field holding the id
    item_created: str | None  # item field holding the creation time (ISO 8601)
    done_status: str
    other_statuses: tuple[str, ...]
    visible_days: float  # how far back the listing reaches
    default_lookback: float = 86400.0  # first sweep's reach (seconds) when no ``since`` is given


@dataclass(frozen=True, slots=True)
class ListCall:
    """One listing sweep to make: every page of items in ``status`` created since ``since``."""

    status: str
    since: datetime  # aware, UTC, whole seconds (sent as ``2019-07-16T06:21:27Z``)


def iso(t: float) -> str:
    """``2019-07-16T06:21:27Z``: seconds since the epoch as the service writes times."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def utc_time(t: float) -> datetime:
    """Seconds since the epoch as an aware UTC datetime in whole seconds (what a listing's start
    time is given)."""
    from datetime import UTC, datetime

    return datetime.fromtimestamp(math.floor(t), UTC)


def parse_iso(text: object) -> float | None:
    """Seconds since the epoch of a time field: a decoded (aware) datetime, or ISO 8601 UTC text
    (``2019-07-16T06:21:27Z``); None for anything else."""
    from datetime import datetime

    if isinstance(text, datetime):
        return text.timestamp() if text.utcoffset() is not None else None
    if not isinstance(text, str) or not text or text.startswith("0000"):
        return None
    import calendar

    try:
        return float(calendar.timegm(time.strptime(text[:19], "%Y-%m-%dT%H:%M:%S")))
    except ValueError:
        return None


def as_epoch(since: datetime | float | int | None) -> float | None:
    """``since`` of a watcher: an aware datetime or seconds since the epoch, as seconds."""
    from datetime import datetime

    if since is None:
        return None
    if isinstance(since, datetime):
        if since.tzinfo is None:
            raise ConfigurationError("since must be an aware datetime (or seconds since the epoch)")
        return since.timestamp()
    if isinstance(since, (int, float)) and not isinstance(since, bool):
        return float(since)
    raise ConfigurationError(f"since must be a datetime or seconds since the epoch, got {since!r}")


class WatchPlan:
    """The watcher's state and decisions, without I/O (see the module docstring).

    Two kinds of work, which the drivers interleave: a *sweep* (:meth:`sweep`, a generator that
    yields :class:`ListCall` and takes back every item of every page of each listing), due every
    interval, queues the watched items it found done (and those no listing shows, for a poll);
    *detail batches* (:meth:`next_batch`, then :meth:`settle` with the results) turn queued
    items into final responses in :attr:`done`, a few at a time, so that each is handed out as
    soon as it is fetched rather than at the end of a round.
    """

    def __init__(
        self,
        spec: WatchSpec,
        ids: Iterable[str],
        *,
        since: float | None,
        is_done: Callable[[Any], bool],
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.spec = spec
        self.is_done = is_done
        self.wall_clock = wall_clock
        now = wall_clock()
        self.floor = now - spec.visible_days * 86400.0  # the listing sees nothing older
        self.since = max(since if since is not None else now - spec.default_lookback, self.floor)
        self.pending: set[str] = set()
        self.done: deque[Any] = deque()
        self.yielded: set[str] = set()
        self.created: dict[str, float] = {}  # item -> creation time, once a sweep showed it
        self.unseen: set[str] = set()  # watched items no visibility sweep has looked for yet
        self.invisible: set[str] = set()  # looked for, and not listed: polled one by one
        self.queue: deque[str] = deque()  # items to fetch details of
        self.queued: set[str] = set()
        self.seen_done: set[str] = set()  # queued because a listing showed them done
        self.lock = threading.Lock()
        self.add(ids)

    @classmethod
    def for_waiter(
        cls,
        spec: WatchSpec,
        ids: Iterable[str],
        *,
        waiter: Waiter,
        since: datetime | float | None,
    ) -> WatchPlan:
        """The plan of a generated watcher: ``ids`` (one id, or many), each done when the
        operation's waiter says success."""
        return cls(
            spec,
            [ids] if isinstance(ids, str) else list(ids),
            since=as_epoch(since),
            is_done=lambda response: waiter.state_of(response) == "success",
        )

    def add(self, ids: Iterable[str]) -> None:
        with self.lock:
            for item in ids:
                if not isinstance(item, str) or not item:
                    raise ConfigurationError(f"item ids must be non-empty strings, got {item!r}")
                if item not in self.yielded and item not in self.pending:
                    self.pending.add(item)
                    self.unseen.add(item)

    def window_start(self) -> float:
        """The oldest creation time a done sweep must reach."""
        known = [self.created[i] for i in self.pending if i in self.created]
        start = min(known) - 1.0 if known else self.since
        if self.unseen or len(known) < len(self.pending) - len(self.invisible):
            start = min(start, self.since)
        return max(start, self.floor)

    def sweep(self) -> Generator[ListCall, list[Any], None]:
        """List the done items (and, when items were added, the others); queue what to fetch."""
        spec = self.spec
        with self.lock:
            looking_for = set(self.unseen)
            self.unseen.clear()
            if not self.pending:
                return
        since = utc_time(self.window_start())
        seen: set[str] = set()
        items = yield ListCall(spec.done_status, since)
        finished = []
        for item in items:
            item_id = getattr(item, spec.item_id, None)
            if isinstance(item_id, str):
                seen.add(item_id)
                self._learn(item_id, item)
                finished.append(item_id)
        if looking_for:
            for status in spec.other_statuses:
                for item in (yield ListCall(status, since)):
                    item_id = getattr(item, spec.item_id, None)
                    if isinstance(item_id, str):
                        seen.add(item_id)
                        self._learn(item_id, item)
        with self.lock:
            self.invisible |= {i for i in looking_for if i not in seen and i in self.pending}
            self.invisible -= seen
            for item_id in finished:
                if item_id in self.pending:
                    self.seen_done.add(item_id)
                    self._enqueue(item_id)
            for item_id in sorted(self.invisible & self.pending):
                self._enqueue(item_id)  # the fallback: one poll per sweep

    def _enqueue(self, item_id: str) -> None:
        if item_id not in self.queued:
            self.queued.add(item_id)
            self.queue.append(item_id)

    def _learn(self, item_id: str, item: Any) -> None:
        if self.spec.item_created is not None:
            created = parse_iso(getattr(item, self.spec.item_created, None))
            if created is not None:
                self.created[item_id] = created

    def next_batch(self, size: int) -> tuple[str, ...]:
        """Up to ``size`` queued items to fetch the details of (empty: nothing queued)."""
        with self.lock:
            batch: list[str] = []
            while self.queue and len(batch) < size:
                item_id = self.queue.popleft()
                self.queued.discard(item_id)
                if item_id in self.pending:
                    batch.append(item_id)
            return tuple(batch)

    def settle(self, ids: tuple[str, ...], results: list[Any]) -> None:
        """Take the detail results of a batch (a response, or the APIError of its call).

        An error fetching an item a listing showed done is raised; a failed fallback poll is
        tried again after the next sweep.
        """
        for item_id, result in zip(ids, results, strict=True):
            if isinstance(result, APIError):
                if item_id in self.seen_done:
                    raise result
                continue
            if self.is_done(result):
                with self.lock:
                    if item_id in self.pending:
                        self.pending.discard(item_id)
                        self.invisible.discard(item_id)
                        self.seen_done.discard(item_id)
                        self.yielded.add(item_id)
                        self.done.append(result)


#: What the loop does next (see :meth:`_Loop.next_step`).
_YIELD, _END, _SWEEP, _DETAILS, _SLEEP, _LAST_SLEEP = range(6)
#: What the loop asks of its driver (see :meth:`_Loop.advance`): one listing, a batch of
#: details, a sleep.
LIST, FETCH, PAUSE = range(3)
#: Returned by :meth:`_Loop.advance` when the watch is over.
END: Any = object()


class _Loop:
    """Timing shared by the sync and async drivers: sweeps every interval, a deadline, and the
    decision of what to do next, so that the drivers only make the calls and sleep."""

    def __init__(
        self, plan: WatchPlan, interval: float, timeout: float, clock: Callable[[], float]
    ):
        self.plan = plan
        self.interval, self.timeout = check_pacing(interval, timeout)
        self.clock = clock
        self.deadline = clock() + self.timeout
        self.next_sweep = clock()

    def budget(self) -> float:
        """Seconds one call may take: what is left, and never zero (a call needs a limit)."""
        return max(self.deadline - self.clock(), 0.001)

    def next_step(self) -> tuple[int, Any]:
        """What to do next, with its argument: yield a response, end, sweep, fetch a batch of
        details, or sleep (``_LAST_SLEEP``: the deadline comes before the next sweep)."""
        plan = self.plan
        if plan.done:
            return _YIELD, plan.done.popleft()
        if not plan.pending:
            return _END, None
        now = self.clock()
        remaining = self.deadline - now
        if remaining <= 0:
            raise self.timed_out()
        if now >= self.next_sweep:
            self.next_sweep = now + self.interval
            return _SWEEP, None
        batch = plan.next_batch(CONCURRENCY)
        if batch:
            return _DETAILS, batch
        wait = self.next_sweep - now
        if wait >= remaining:
            return _LAST_SLEEP, remaining
        return _SLEEP, wait

    def advance(self) -> Generator[tuple[int, Any], Any, Any]:
        """The watch up to its next response, free of I/O (see :mod:`.sansio`): yields
        ``(LIST, ListCall)`` (every item of every page back), ``(FETCH, ids)`` (each item's
        detail response or APIError back) and ``(PAUSE, seconds)``; returns the next final
        response, or ``END`` when every item was handed out."""
        plan = self.plan
        while True:
            step, arg = self.next_step()
            if step == _YIELD:
                return arg
            if step == _END:
                return END
            if step == _SWEEP:
                sweep = plan.sweep()
                try:
                    call = next(sweep)
                    while True:
                        call = sweep.send((yield LIST, call))
                except StopIteration:
                    pass
            elif step == _DETAILS:
                plan.settle(arg, (yield FETCH, arg))
            else:
                yield PAUSE, arg
                if step == _LAST_SLEEP:
                    raise self.timed_out()

    def timed_out(self) -> WaitTimeoutError:
        left = tuple(sorted(self.plan.pending))
        return WaitTimeoutError(
            f"{self.plan.spec.name}: {len(left)} not done after {self.timeout:g} s", pending=left
        )


class _Driver:
    """What both drivers share: the plan, its timing, and adding items while watching."""

    def __init__(
        self, plan: WatchPlan, interval: float, timeout: float, clock: Callable[[], float]
    ) -> None:
        self._plan = plan
        self._loop = _Loop(plan, interval, timeout, clock)

    def add(self, *ids: str) -> None:
        """Watch more items (thread-safe; also from another thread while iterating)."""
        self._plan.add(ids)

    @property
    def pending(self) -> frozenset[str]:
        """The items not yet seen done."""
        with self._plan.lock:
            return frozenset(self._plan.pending)


class Watch(_Driver, Generic[T]):
    """Iterate to get each watched item's final response once; ``add()`` more while watching.

    Built by a generated ``watch_*`` method: ``list_items(call, budget)`` returns every item of
    every page of one listing; ``detail(id, budget)`` returns one item's detail response. Detail
    calls run a few at a time in threads; each response is handed out as soon as its batch is
    back, and sweeps keep their interval whatever the backlog.
    """

    def __init__(
        self,
        plan: WatchPlan,
        *,
        list_items: Callable[[ListCall, float], list[Any]],
        detail: Callable[[str, float], T],
        interval: float,
        timeout: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        super().__init__(plan, interval, timeout, clock)
        self._list = list_items
        self._detail = detail
        self._sleep = sleep
        self._pool: ThreadPoolExecutor | None = None

    def close(self) -> None:
        """Stop the threads that fetch details (done by itself when the iteration ends)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False)

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        try:
            return self._next()
        except BaseException:
            self.close()
            raise

    def _next(self) -> T:
        found = drive(self._loop.advance(), self._perform)
        if found is END:
            raise StopIteration
        return found  # type: ignore[no-any-return]

    def _perform(self, step: tuple[int, Any]) -> Any:
        kind, arg = step
        if kind == LIST:
            return self._list(arg, self._loop.budget())
        if kind == FETCH:
            return self._details(arg)
        self._sleep(arg)
        return None

    def _details(self, ids: tuple[str, ...]) -> list[Any]:
        def one(item_id: str) -> Any:
            try:
                return self._detail(item_id, self._loop.budget())
            except APIError as exc:
                return exc

        if len(ids) == 1:
            return [one(ids[0])]
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(CONCURRENCY, thread_name_prefix="tencent-mps-watch")
        return list(self._pool.map(one, ids))


class AsyncWatch(_Driver, Generic[T]):
    """:class:`Watch` for the async client: ``async for response in client.watch_tasks(...)``."""

    def __init__(
        self,
        plan: WatchPlan,
        *,
        list_items: Callable[[ListCall, float], Awaitable[list[Any]]],
        detail: Callable[[str, float], Awaitable[T]],
        interval: float,
        timeout: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] | None = None,
    ) -> None:
        import asyncio

        super().__init__(plan, interval, timeout, clock)
        self._list = list_items
        self._detail = detail
        self._sleep = sleep or asyncio.sleep

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        found = await adrive(self._loop.advance(), self._perform)
        if found is END:
            raise StopAsyncIteration
        return found  # type: ignore[no-any-return]

    async def _perform(self, step: tuple[int, Any]) -> Any:
        kind, arg = step
        if kind == LIST:
            return await self._list(arg, self._loop.budget())
        if kind == FETCH:
            return await self._details(arg)
        await self._sleep(arg)
        return None

    async def _details(self, ids: tuple[str, ...]) -> list[Any]:
        import asyncio

        async def one(item_id: str) -> Any:
            try:
                return await self._detail(item_id, self._loop.budget())
            except APIError as exc:
                return exc

        return list(await asyncio.gather(*(one(i) for i in ids)))


__all__ = [
    "AsyncWatch",
    "ListCall",
    "Watch",
    "WatchPlan",
    "WatchSpec",
    "as_epoch",
    "iso",
    "utc_time",
    "parse_iso",
]
