"""Running a sans-IO core with blocking calls or with coroutines.

The retry loop of a call (:mod:`.attempts`), the waiter (:mod:`.waiter`) and the watcher
(:mod:`.watch`) are written once, as generators that *yield* the I/O they need (send this, sleep
that long) and take back its result. They know nothing of threads or event loops. A driver
performs each step and sends the result back in, or throws the step's exception in, so that the
core handles failures in one place for both worlds:

- :func:`drive` performs steps with blocking calls (the synchronous clients);
- :func:`adrive` awaits them (the asynchronous clients).

What the generator finally returns is the driver's result. Only ``Exception`` is thrown into the
core; ``BaseException`` (KeyboardInterrupt, task cancellation) goes straight to the caller.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import Any, TypeVar

S = TypeVar("S")
R = TypeVar("R")


def drive(steps: Generator[S, Any, R], perform: Callable[[S], Any]) -> R:
    """Run ``steps`` to its end, performing each step with ``perform`` (blocking)."""
    value: Any = None
    error: Exception | None = None
    while True:
        try:
            step = steps.send(value) if error is None else steps.throw(error)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        error = None
        try:
            value = perform(step)
        except Exception as exc:  # handed to the core, which decides
            value, error = None, exc


async def adrive(steps: Generator[S, Any, R], perform: Callable[[S], Awaitable[Any]]) -> R:
    """:func:`drive` for coroutines: each step is awaited."""
    value: Any = None
    error: Exception | None = None
    while True:
        try:
            step = steps.send(value) if error is None else steps.throw(error)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        error = None
        try:
            value = await perform(step)
        except Exception as exc:
            value, error = None, exc
