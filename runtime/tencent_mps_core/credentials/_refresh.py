"""Temporary credentials kept fresh: one refresh at a time, for threads and asyncio tasks alike.

:class:`RefreshingCredentials` wraps a *fetch* function (one blocking round trip to a metadata
service or STS, returning :class:`ExpiringCredentials`) and decides when to call it:

- while more than ``refresh_margin`` seconds are left, the cached credentials are served without
  taking any lock;
- inside the refresh margin, the first caller refreshes (a thread does it in its own call; an
  asyncio task starts it in the background) and every other caller keeps getting the cached
  credentials, which are still valid (an *early* refresh). If it fails, the cached ones keep being
  served and the next early attempt waits :data:`EARLY_RETRY_PAUSE` seconds;
- inside the ``expiry_margin`` (or before the first fetch), callers must wait: the first starts
  the refresh, the others wait for that same refresh, and all of them get its result or its
  error (:class:`CredentialsRefreshError`). Never two refreshes at once.

Both margins are capped by the lifetime of the credentials (half of it, and a tenth of it), so
short-lived credentials are still refreshed in time. The async path never blocks the event
loop: the refresh runs in a short-lived thread and the tasks await its result.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..exceptions import CredentialsError
from ..exceptions import CredentialsRefreshError as CredentialsRefreshError
from ._checks import check_margin
from ._static import Credentials, mask

if TYPE_CHECKING:
    from concurrent.futures import Future

#: Default seconds before expiry at which an early refresh starts.
DEFAULT_REFRESH_MARGIN = 300.0
#: Default seconds before expiry from which the cached credentials are no longer handed out.
DEFAULT_EXPIRY_MARGIN = 60.0
#: Seconds to wait after a failed early refresh before the next early attempt.
EARLY_RETRY_PAUSE = 10.0


@dataclass(frozen=True, slots=True, repr=False)
class ExpiringCredentials:
    """Temporary credentials and the time they expire (seconds since the epoch)."""

    credentials: Credentials
    expires_at: float

    def __post_init__(self) -> None:
        if not isinstance(self.credentials, Credentials):
            raise CredentialsError(
                f"credentials must be a Credentials, not {type(self.credentials).__name__}"
            )
        value = self.expires_at
        if type(value) not in (int, float) or not math.isfinite(value):
            raise CredentialsError("expires_at must be a finite number of seconds since the epoch")

    def __repr__(self) -> str:
        return f"ExpiringCredentials({self.credentials!r}, expires_at={self.expires_at:.0f})"


@dataclass(frozen=True, slots=True)
class _State:
    credentials: Credentials
    expires_at: float
    refresh_at: float  # from here on: refresh early, serve the cached ones meanwhile
    stale_at: float  # from here on: never served again; callers wait for new ones


@dataclass(frozen=True, slots=True)
class _Outcome:
    state: _State | None
    error: CredentialsRefreshError | None


@dataclass(frozen=True, slots=True)
class _Plan:
    """What one caller does: return ``credentials`` now, or take part in ``job``."""

    credentials: Credentials | None  # still valid ones (served if an early refresh fails)
    job: Future[_Outcome] | None
    owner: bool  # this caller runs the refresh


class RefreshingCredentials:
    """A credentials provider that caches what ``fetch`` returns and refreshes it before expiry.

    ``fetch`` makes one blocking attempt to obtain new credentials and raises
    :class:`CredentialsError` when it cannot; ``description`` names the source in errors and
    logs (``"CVM instance role 'x'"``). ``clock`` gives the current time in seconds since the
    epoch (``time.time``; tests pass their own). Thread-safe and task-safe.

    The built-in providers (:class:`CVMRoleCredentials`, :class:`STSAssumeRoleCredentials`,
    :class:`OIDCRoleArnCredentials`) are subclasses; it may also wrap a function of your own.
    """

    def __init__(
        self,
        fetch: Callable[[], ExpiringCredentials],
        *,
        description: str = "temporary credentials",
        clock: Callable[[], float] = time.time,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        expiry_margin: float = DEFAULT_EXPIRY_MARGIN,
    ) -> None:
        if not callable(fetch):
            raise CredentialsError("fetch must be a function returning ExpiringCredentials")
        if not callable(clock):
            raise CredentialsError("clock must be a function returning seconds since the epoch")
        self._fetch_once = fetch
        self._description = description
        self._clock = clock
        self._refresh_margin = check_margin("refresh_margin", refresh_margin)
        self._expiry_margin = check_margin("expiry_margin", expiry_margin)
        if self._expiry_margin > self._refresh_margin:
            raise CredentialsError("expiry_margin must not be larger than refresh_margin")
        self._lock = threading.Lock()  # guards the fields below; never held during a fetch
        self._state: _State | None = None
        self._job: Future[_Outcome] | None = None
        self._early_retry_at = -math.inf

    # -- the provider protocol -----------------------------------------------------------------

    def get_credentials(self) -> Credentials:
        """Valid credentials, refreshed first if needed (blocks while a needed refresh runs)."""
        state = self._state
        if state is not None and self._clock() < state.refresh_at:
            return state.credentials
        plan = self._plan(force=False)
        if plan.job is None:
            assert plan.credentials is not None
            return plan.credentials
        if plan.owner:
            self._run(plan.job)
        return self._settle(plan, plan.job.result())

    async def get_credentials_async(self) -> Credentials:
        """As :meth:`get_credentials`, without blocking the event loop while a refresh runs."""
        state = self._state
        if state is not None and self._clock() < state.refresh_at:
            return state.credentials
        plan = self._plan(force=False)
        if plan.job is None:
            assert plan.credentials is not None
            return plan.credentials
        if plan.owner:
            self._spawn(plan.job)
            if plan.credentials is not None:  # an early refresh: nobody needs to wait for it
                return plan.credentials
        import asyncio

        # The job is already RUNNING, so a cancelled waiter cannot cancel it for the others.
        return self._settle(plan, await asyncio.wrap_future(plan.job))

    # -- extras --------------------------------------------------------------------------------

    def refresh(self) -> Credentials:
        """Fetch new credentials now (or join a refresh in progress); raise if that fails."""
        plan = self._plan(force=True)
        assert plan.job is not None
        if plan.owner:
            self._run(plan.job)
        outcome = plan.job.result()
        if outcome.state is None:
            assert outcome.error is not None
            raise outcome.error.copy()
        return outcome.state.credentials

    @property
    def expires_at(self) -> float | None:
        """When the cached credentials expire (seconds since the epoch), None before the first."""
        state = self._state
        return None if state is None else state.expires_at

    @property
    def description(self) -> str:
        return self._description

    def __repr__(self) -> str:
        state = self._state
        current = f", secret_id={mask(state.credentials.secret_id)!r}" if state else ""
        return f"{type(self).__name__}({self._description}{current})"

    def __str__(self) -> str:
        return repr(self)

    # -- machinery -----------------------------------------------------------------------------

    def _plan(self, *, force: bool) -> _Plan:
        now = self._clock()
        with self._lock:
            state = self._state
            if not force and state is not None and now < state.refresh_at:
                return _Plan(state.credentials, None, False)
            usable = (
                state.credentials
                if not force and state is not None and now < state.stale_at
                else None
            )
            if self._job is not None:
                if usable is not None:  # someone is refreshing early: serve the cached ones
                    return _Plan(usable, None, False)
                return _Plan(None, self._job, False)
            if usable is not None and now < self._early_retry_at:
                return _Plan(usable, None, False)
            from concurrent.futures import Future

            job: Future[_Outcome] = Future()
            job.set_running_or_notify_cancel()
            self._job = job
            return _Plan(usable, job, True)

    def _spawn(self, job: Future[_Outcome]) -> None:
        thread = threading.Thread(
            target=self._run, args=(job,), name="tencent-mps-credentials-refresh", daemon=True
        )
        try:
            thread.start()
        except RuntimeError as exc:  # cannot start a thread (interpreter shutting down, limits)
            self._finish(job, _Outcome(None, self._error(f"cannot start a thread ({exc})")))

    def _run(self, job: Future[_Outcome]) -> None:
        """Fetch once and settle ``job`` (whatever happens: waiters must never hang)."""
        outcome = _Outcome(None, self._error("the refresh was interrupted"))
        try:
            outcome = self._fetch_state()
        finally:
            self._finish(job, outcome)

    def _fetch_state(self) -> _Outcome:
        try:
            fresh: object = self._fetch_once()
        except CredentialsError as exc:
            return _Outcome(None, self._error(str(exc), exc))
        except Exception as exc:  # a bug in a fetch function must not hang the waiters
            return _Outcome(None, self._error(f"unexpected {type(exc).__name__}"))
        if not isinstance(fresh, ExpiringCredentials):
            return _Outcome(None, self._error(f"fetch returned {type(fresh).__name__}"))
        now = self._clock()
        expires_at = fresh.expires_at
        lifetime = expires_at - now
        if lifetime <= 0:
            return _Outcome(
                None,
                self._error(
                    f"the new credentials expired {-lifetime:.0f} s ago "
                    f"(expiry {_utc(expires_at)}); check this machine's clock"
                ),
            )
        state = _State(
            credentials=fresh.credentials,
            expires_at=expires_at,
            refresh_at=expires_at - min(self._refresh_margin, lifetime / 2),
            stale_at=expires_at - min(self._expiry_margin, lifetime / 10),
        )
        return _Outcome(state, None)

    def _finish(self, job: Future[_Outcome], outcome: _Outcome) -> None:
        now = self._clock()
        with self._lock:
            if outcome.state is not None:
                self._state = outcome.state
                self._early_retry_at = -math.inf
            else:
                self._early_retry_at = now + EARLY_RETRY_PAUSE
            self._job = None
        job.set_result(outcome)
        from ..log import get_logger

        logger = get_logger()

        if logger.isEnabledFor(10):  # logging.DEBUG
            if outcome.state is not None:
                logger.debug(
                    "%s: new temporary credentials %s, valid until %s (%.0f s)",
                    self._description,
                    mask(outcome.state.credentials.secret_id),
                    _utc(outcome.state.expires_at),
                    outcome.state.expires_at - now,
                )
            else:
                logger.debug("%s", outcome.error)

    def _settle(self, plan: _Plan, outcome: _Outcome) -> Credentials:
        if outcome.state is not None:
            return outcome.state.credentials
        if plan.credentials is not None:  # an early refresh failed: the cached ones still do
            return plan.credentials
        assert outcome.error is not None
        raise outcome.error.copy()

    def _error(self, reason: str, cause: CredentialsError | None = None) -> CredentialsRefreshError:
        extra = cause if isinstance(cause, CredentialsRefreshError) else None
        return CredentialsRefreshError(
            f"could not get temporary credentials from {self._description}: {reason}",
            code=extra.code if extra else None,
            http_status=extra.http_status if extra else None,
            request_id=extra.request_id if extra else None,
        )


def _utc(timestamp: float) -> str:
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(timestamp))
    except (OverflowError, OSError, ValueError):
        return f"{timestamp:.0f}"
