"""Request quotas as the service applies them: a sliding one-second window per action."""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Callable
from typing import Final, Literal

from .._schema import operation

__all__ = ["DOCUMENTED", "ActionLimits", "RateLimit", "RateLimiter"]

#: ``rate_limit`` value meaning "each action's documented quota" (``Operation.rate_limit``).
DOCUMENTED: Final = "documented"
RateLimit = int | None | Literal["documented"]


class RateLimiter:
    """Admit at most ``limit`` requests in any window of ``window`` seconds of ``clock`` time.

    Rejected requests do not use up the quota. ``limit=None`` admits everything.
    """

    def __init__(
        self, limit: int | None, clock: Callable[[], float], *, window: float = 1.0
    ) -> None:
        if limit is not None and limit < 1:
            raise ValueError(f"rate_limit must be a positive integer or None, got {limit!r}")
        self.limit = limit
        self.window = window
        self._clock = clock
        self._admitted: deque[float] = deque()
        self._lock = threading.Lock()

    def admit(self) -> int | None:
        """Record one request; return None if admitted, else the count it would have made."""
        if self.limit is None:
            return None
        now = self._clock()
        with self._lock:
            while self._admitted and self._admitted[0] <= now - self.window:
                self._admitted.popleft()
            if len(self._admitted) >= self.limit:
                return len(self._admitted) + 1
            self._admitted.append(now)
            return None


def check_rate_limit(rate_limit: object) -> RateLimit:
    """``rate_limit`` if it is a valid setting; ValueError otherwise."""
    if rate_limit is None or rate_limit == DOCUMENTED:
        return rate_limit
    if type(rate_limit) is not int or rate_limit < 1:
        raise ValueError(
            f"rate_limit must be a positive integer, None or {DOCUMENTED!r}, got {rate_limit!r}"
        )
    return rate_limit


class ActionLimits:
    """One :class:`RateLimiter` per action, made on the action's first request.

    ``rate_limit`` is ``"documented"`` (each action's ``Operation.rate_limit`` per second, the
    service's quota), an integer (that many per second for every action) or None (no limit).
    A documented rate below one a second becomes one request per ``1/rate`` seconds.
    """

    def __init__(self, rate_limit: RateLimit, clock: Callable[[], float]) -> None:
        self.setting = check_rate_limit(rate_limit)
        self._clock = clock
        self._limiters: dict[str, RateLimiter] = {}
        self._lock = threading.Lock()

    def limiter(self, action: str) -> RateLimiter:
        with self._lock:
            found = self._limiters.get(action)
            if found is None:
                found = self._limiters[action] = self._make(action)
            return found

    def _make(self, action: str) -> RateLimiter:
        if self.setting is None or isinstance(self.setting, int):
            return RateLimiter(self.setting, self._clock)
        op = operation(action)
        # The service has a quota even where none is documented: Tencent Cloud's usual 20/s.
        rate = op.rate_limit if op is not None and op.rate_limit is not None else 20.0
        if not rate > 0 or not math.isfinite(rate):
            return RateLimiter(None, self._clock)
        if rate >= 1:
            return RateLimiter(int(rate), self._clock)
        return RateLimiter(1, self._clock, window=1.0 / rate)
