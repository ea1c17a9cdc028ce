"""A sliding one-second window, as the service applies its per-action request quota."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable


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
        self._clock = clock
        self._window = window
        self._admitted: deque[float] = deque()
        self._lock = threading.Lock()

    def admit(self) -> int | None:
        """Record one request; return None if admitted, else the count it would have made."""
        if self.limit is None:
            return None
        now = self._clock()
        with self._lock:
            while self._admitted and self._admitted[0] <= now - self._window:
                self._admitted.popleft()
            if len(self._admitted) >= self.limit:
                return len(self._admitted) + 1
            self._admitted.append(now)
            return None
