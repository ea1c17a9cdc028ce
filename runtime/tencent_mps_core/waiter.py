"""Waiters as data, and the one interpreter that runs them.

A waiter (``x-tc-waiters`` in schema/) is a polling interval, a timeout and a list of acceptors;
the generated ``wait_for_*`` methods hand their :class:`Waiter` to :func:`wait` with a function
that makes one poll. The first acceptor that matches a poll's outcome decides the state:

- ``success``: the response is returned;
- ``failure``: :class:`WaiterFailureError` is raised (with ``last``);
- ``retry``: poll again after the interval (also when no acceptor matches).

Matchers: ``path`` (the value at an attribute path equals ``expected``), ``path-any`` (some element
of the list on the path has the value), ``error`` (the poll raised the API error whose code is
``expected``, or a sub-code of it). An API error no acceptor matches propagates unchanged.
"""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

from .exceptions import (
    APIError,
    ConfigurationError,
    TransportError,
    WaiterFailureError,
    WaitTimeoutError,
)
from .log import get_logger
from .sansio import adrive, drive

T = TypeVar("T")
State = Literal["success", "failure", "retry"]

_MISSING = object()


@dataclass(frozen=True, slots=True)
class Acceptor:
    state: State
    matcher: Literal["path", "path-any", "error"]
    path: tuple[str, ...]  # attribute names; "[]" marks the list whose elements are compared
    expected: Any
    wire_path: str = ""

    def matches(self, result: Any, error: APIError | None) -> bool:
        if self.matcher == "error":
            if error is None:
                return False
            code = error.code
            return code == self.expected or code.startswith(f"{self.expected}.")
        if error is not None:
            return False
        return any(value == self.expected for value in _values(result, self.path))


def _values(obj: Any, path: tuple[str, ...]) -> list[Any]:
    """The values at ``path`` (several when the path crosses a list with ``[]``)."""
    current = [obj]
    for step in path:
        if step == "[]":
            current = [item for value in current if isinstance(value, list) for item in value]
        else:
            current = [getattr(value, step, _MISSING) for value in current if value is not None]
            current = [v for v in current if v is not _MISSING]
    return current


@dataclass(frozen=True, slots=True)
class Waiter:
    """A waiter of a generated client: its name, default pacing and acceptors."""

    name: str
    interval: float
    timeout: float
    acceptors: tuple[Acceptor, ...]

    def state_of(self, result: Any, error: APIError | None = None) -> State | None:
        """The state the first matching acceptor names; None when none matches."""
        for acceptor in self.acceptors:
            if acceptor.matches(result, error):
                return acceptor.state
        return None


def check_pacing(interval: object, timeout: object) -> tuple[float, float]:
    """Validate a waiter's ``interval`` (> 0) and ``timeout`` (>= 0), both finite seconds."""
    for name, value, low_ok in (("interval", interval, False), ("timeout", timeout, True)):
        if type(value) not in (int, float) or not math.isfinite(value):  # type: ignore[arg-type]
            raise ConfigurationError(f"{name} must be a finite number of seconds, got {value!r}")
        if value < 0 or (value == 0 and not low_ok):  # type: ignore[operator]
            raise ConfigurationError(f"{name} must be {'>=' if low_ok else '>'} 0, got {value!r}")
    return float(interval), float(timeout)  # type: ignore[arg-type]


#: What a wait asks of its driver: make one poll, or sleep.
POLL, SLEEP = range(2)


class _Run(Generic[T]):
    """One wait, free of I/O (:meth:`steps`), shared by the sync and async drivers: they differ
    only in how they poll and sleep."""

    def __init__(
        self,
        waiter: Waiter,
        what: str,
        timeout: float,
        clock: Callable[[], float],
        on_progress: Callable[[T], object] | None,
    ):
        self.waiter = waiter
        self.what = what
        self.timeout = timeout
        self.clock = clock
        self.on_progress = on_progress
        self.deadline = clock() + timeout
        self.polls = 0
        self.last: T | None = None

    def remaining(self) -> float:
        return self.deadline - self.clock()

    def cut_short(self) -> None:
        """Called while a poll's TransportError is handled: a poll cut at the deadline ends the
        wait with WaitTimeoutError; any other failure propagates (the caller re-raises it)."""
        if self.remaining() <= 0:
            raise self.timed_out() from None

    def judge(self, result: Any, error: APIError | None) -> State:
        """The state after one poll; raises for failure, or re-raises an unmatched error."""
        self.polls += 1
        state = self.waiter.state_of(result, error)
        get_logger().debug("waiter %s: poll %d -> %s", self.what, self.polls, state or "no match")
        if state is None:
            if error is not None:
                raise error
            state = "retry"
        if state == "failure":
            raise WaiterFailureError(
                f"{self.what}: reached a failure state after {self.polls} polls", last=result
            )
        return state

    def done(self, result: Any, error: APIError | None) -> bool:
        """Judge one poll: True on success; otherwise record the result (and report it)."""
        if self.judge(result, error) == "success":
            return True
        if error is None:
            self.last = result
            if self.on_progress is not None:
                self.on_progress(result)
        return False

    def pause(self, interval: float) -> float:
        """Seconds to sleep before the next poll; raises WaitTimeoutError when none are left."""
        remaining = self.remaining()
        if remaining <= 0:
            raise self.timed_out()
        return min(interval, remaining)

    def after_pause(self) -> None:
        """Never poll after the deadline."""
        if self.remaining() <= 0:
            raise self.timed_out()

    def timed_out(self) -> WaitTimeoutError:
        return WaitTimeoutError(
            f"{self.what}: not done after {self.timeout:g} s ({self.polls} polls)", last=self.last
        )

    def steps(self, interval: float) -> Generator[tuple[int, float], Any, T]:
        """The whole wait, free of I/O (see :mod:`.sansio`): yields ``(POLL, seconds left)``,
        taking back the poll's result or its exception, and ``(SLEEP, seconds)``; returns the
        successful result."""
        while True:
            error: APIError | None = None
            try:
                result: Any = yield POLL, self.remaining()
            except APIError as exc:
                result, error = None, exc
            except TransportError:
                self.cut_short()
                raise
            if self.done(result, error):
                return result  # type: ignore[no-any-return]
            yield SLEEP, self.pause(interval)
            self.after_pause()


def wait(
    poll: Callable[[float], T],
    waiter: Waiter,
    *,
    what: str,
    interval: float,
    timeout: float,
    on_progress: Callable[[T], object] | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], object] = time.sleep,
) -> T:
    """Poll until an acceptor says success; return that result (see the module docstring).

    ``poll(remaining)`` makes one call, bounded by the seconds left: a poll cut short by the
    deadline ends the wait with WaitTimeoutError. Never sleeps past the deadline, and never polls
    after it; ``on_progress`` sees each intermediate result.
    """
    interval, timeout = check_pacing(interval, timeout)

    def perform(step: tuple[int, float]) -> Any:
        kind, seconds = step
        if kind == POLL:
            return poll(seconds)
        sleep(seconds)
        return None

    return drive(_Run(waiter, what, timeout, clock, on_progress).steps(interval), perform)


async def wait_async(
    poll: Callable[[float], Awaitable[T]],
    waiter: Waiter,
    *,
    what: str,
    interval: float,
    timeout: float,
    on_progress: Callable[[T], object] | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[object]] | None = None,
) -> T:
    """:func:`wait` for coroutines: the same acceptors, waiting with ``asyncio.sleep``."""
    import asyncio

    interval, timeout = check_pacing(interval, timeout)
    pause = sleep or asyncio.sleep

    async def perform(step: tuple[int, float]) -> Any:
        kind, seconds = step
        if kind == POLL:
            return await poll(seconds)
        await pause(seconds)
        return None

    return await adrive(_Run(waiter, what, timeout, clock, on_progress).steps(interval), perform)
