# generated from runtime/_runtime/waiter.py (hand-written, copied verbatim) by codegen (make generate); do not edit here, edit runtime/_runtime/waiter.py.
"""Polling until a condition holds: the engine behind the generated ``wait_for_*`` methods.

Waiters are data in ``schema/`` (``x-tc-waiters``: interval, timeout, acceptors); the generated
method turns the acceptors into the ``state_of`` function given here.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Literal, TypeVar

from .exceptions import ConfigurationError, WaitTimeoutError

T = TypeVar("T")
State = Literal["success", "failure", "retry"]

logger = logging.getLogger("tencent_mps")


def wait(
    poll: Callable[[], T],
    state_of: Callable[[T], State],
    *,
    what: str,
    interval: float,
    timeout: float,
    on_progress: Callable[[T], object] | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], object] = time.sleep,
) -> T:
    """Call ``poll`` every ``interval`` seconds until ``state_of`` says "success"; return that result.

    ``on_progress`` sees each intermediate result. "failure" raises WaitTimeoutError at once
    (with ``last`` set); running out of ``timeout`` raises WaitTimeoutError with the last result.
    Errors raised by ``poll`` propagate unchanged. Never sleeps past the deadline.
    """
    if not interval > 0:
        raise ConfigurationError(f"interval must be > 0 seconds, got {interval!r}")
    if not timeout >= 0:
        raise ConfigurationError(f"timeout must be >= 0 seconds, got {timeout!r}")
    deadline = clock() + timeout
    polls = 0
    while True:
        result = poll()
        polls += 1
        state = state_of(result)
        logger.debug("waiter %s: poll %d -> %s", what, polls, state)
        if state == "success":
            return result
        if state == "failure":
            raise WaitTimeoutError(
                f"{what}: reached a failure state after {polls} polls", last=result
            )
        if on_progress is not None:
            on_progress(result)
        remaining = deadline - clock()
        if remaining <= 0:
            raise WaitTimeoutError(
                f"{what}: not done after {timeout:g} s ({polls} polls)", last=result
            )
        sleep(min(interval, remaining))
