"""The client-side rate limiter: stay under each action's per-second quota, back off when throttled.

Tencent Cloud counts requests per action and per account in one-second windows and answers
``RequestLimitExceeded`` beyond the quota. The limiter keeps, for each action, the send times of
the last requests and hands out the next free slot, so that no one-second window holds more
requests than the action's limit:

- a caller that stays under the limit is never delayed (its slot is "now");
- callers over the limit get successive future slots and sleep until theirs (threads and asyncio
  tasks alike: :meth:`RateLimiter.reserve` only computes, the caller sleeps);
- a throttling answer halves the action's rate at once; it then grows back by a tenth of the
  configured rate per second without throttling (additive increase, multiplicative decrease),
  because the quota is per account and other processes may be using it.

A window is made slightly longer than the quota's (``MARGIN``) so that requests that leave one
after the other at the edge of a window do not arrive in the same server-side window, and the
sends are spread: no tenth of a window holds more than a tenth of its requests (plus one), so a
crowd of callers does not fire a whole second's quota at once and cannot be bunched into one
server-side window by network jitter.

An action whose quota is not documented is given ``math.inf``: it is never delayed until the
service throttles it; from then on it is paced from ``UNDOCUMENTED_QUOTA`` (Tencent Cloud's
usual default of 20 requests per second) with the same back-off and recovery, and runs free again
once fully recovered.

One limiter is shared by a client, its threads, and the clients ``with_options`` derives from it.
It cannot see other processes: when several share an account, give each a share of the quota.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

#: The quota assumed for an action without a documented one, once it has been throttled.
UNDOCUMENTED_QUOTA = 20.0
#: Extra length of a window, relative and absolute (seconds).
MARGIN = (0.02, 0.005)
#: Sub-windows a window is split into, each holding at most its share of the requests.
SPREAD = 10
#: After a throttling answer the rate is multiplied by this...
DECREASE = 0.5
#: ...and grows back by this fraction of the configured rate per second.
RECOVERY_PER_SECOND = 0.1


@dataclass
class _Action:
    """Send times (past and reserved) of one action, and its current fraction of the rate."""

    sent: deque[float] = field(default_factory=deque)
    factor: float = 1.0
    factor_at: float = 0.0  # when ``factor`` was last set
    throttled: int = 0
    #: The effective rate ``shape`` was worked out for, and (capacity, window, burst, the
    #: spacing of bursts): the same on every call while the rate stays, so kept.
    shaped: float = -1.0
    shape: tuple[int, float, int, float] = (1, 1.0, 2, 0.1)

    def current_factor(self, now: float) -> float:
        if self.factor >= 1.0:
            return 1.0
        grown = self.factor + RECOVERY_PER_SECOND * max(0.0, now - self.factor_at)
        return min(1.0, grown)


def _shape(effective: float) -> tuple[int, float, int, float]:
    """At ``effective`` requests per second: how many a window holds, the window's length, how
    many may leave together (a burst), and how far apart bursts are."""
    capacity = max(1, math.floor(effective))
    window = capacity / effective * (1.0 + MARGIN[0]) + MARGIN[1]
    return capacity, window, math.ceil(capacity / SPREAD) + 1, window / SPREAD


class RateLimiter:
    """Per-action sliding windows shared by every user of one client; see the module docstring."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._actions: dict[str, _Action] = {}
        self._lock = threading.Lock()

    def reserve(self, action: str, rate: float | None) -> float:
        """Take the next slot for ``action`` at ``rate`` requests per second (None: no limit).

        Returns the seconds to wait before sending (0.0: send now). The slot is taken: a caller
        that gives up before sending should not come back for another one at once.
        """
        if rate is None:
            return 0.0
        if math.isinf(rate) and action not in self._actions:
            return 0.0  # no documented quota and never throttled: no lock, no bookkeeping
        now = self._clock()
        with self._lock:
            state = self._actions.get(action)
            if math.isinf(rate):  # no documented quota: free until throttled
                if state is None or state.current_factor(now) >= 1.0:
                    return 0.0
                rate = UNDOCUMENTED_QUOTA
            if state is None:
                state = self._actions[action] = _Action()
            factor = 1.0 if state.factor >= 1.0 else state.current_factor(now)
            effective = max(rate * factor, 1e-3)
            if effective != state.shaped:
                state.shaped, state.shape = effective, _shape(effective)
            capacity, window, burst, spacing = state.shape
            sent = state.sent
            while sent and sent[0] <= now - window:
                sent.popleft()
            while len(sent) > capacity:  # the rate went down since these were reserved
                sent.popleft()
            slot = now if len(sent) < capacity else max(now, sent[-capacity] + window)
            if burst < capacity and len(sent) >= burst:
                slot = max(slot, sent[-burst] + spacing)
            sent.append(slot)
            return slot - now

    def throttled(self, action: str) -> None:
        """The service answered that ``action`` is over its quota: slow that action down."""
        now = self._clock()
        with self._lock:
            state = self._actions.setdefault(action, _Action())
            state.factor = max(state.current_factor(now) * DECREASE, 0.01)
            state.factor_at = now
            state.throttled += 1

    def stats(self, action: str) -> dict[str, float]:
        """For tests and debugging: the action's current rate factor and throttling count."""
        now = self._clock()
        with self._lock:
            state = self._actions.get(action)
            if state is None:
                return {"factor": 1.0, "throttled": 0, "in_window": 0}
            return {
                "factor": state.current_factor(now),
                "throttled": state.throttled,
                "in_window": len(state.sent),
            }
