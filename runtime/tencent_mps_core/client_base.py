"""BaseClient: signed, retried calls of Tencent Cloud API 3.0 actions (base of generated clients).

One call (:meth:`BaseClient._invoke`):

1. the request model is checked and encoded by its generated codec (``ValidationError`` before
   anything is sent), then serialised once, as the official SDK does (``json.dumps``);
2. each attempt is signed afresh (new ``X-TC-Timestamp``) and POSTed over the shared pool;
3. the answer goes through :mod:`.exchange`: an error envelope raises its typed APIError whatever
   the HTTP status or Content-Type; a non-2xx answer without one raises HTTPError; a 2xx body
   that is not a valid envelope raises DecodeError; otherwise the decoded response is returned.

Failed attempts are retried as :class:`~.retry.RetryPolicy` decides from the failure and the
action's idempotency, with capped exponential back-off and full jitter and no sleep after the
final attempt. ``timeout`` (per client, or per call) bounds the whole call, back-off included.
That loop is written once, free of I/O, in :mod:`.attempts`; this client performs its steps with
blocking calls, :class:`~.async_client_base.AsyncBaseClient` awaits them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

from .client_common import ClientCommon

if TYPE_CHECKING:
    # The call machinery (transport, retries, signing, rate limiter) is imported when the first
    # client is built, so that ``from tencent_mps import Client`` followed by ``parse_response``
    # loads none of it; paginators, waiters and watchers are imported by their first use.
    from datetime import datetime

    from .attempts import Step
    from .operation import Operation
    from .paginate import Pagination
    from .raw import RawResponse
    from .rawcapture import RawResponses
    from .waiter import Waiter
    from .watch import ListCall, Watch, WatchSpec

T = TypeVar("T")


class _Shared:
    """What a client shares with the clients ``with_options`` derives from it: the pool and the
    client-side rate limiter."""

    def __init__(self) -> None:
        from .ratelimit import RateLimiter
        from .transport import Transport

        self.transport = Transport()
        self.limiter = RateLimiter()


class BaseClient(ClientCommon):
    """Base of the generated synchronous clients: pool, signing, retries, waiting, paging.

    Thread-safe: one client may be shared by many threads. ``with_options`` derives a client
    with other settings that shares the connection pool and the rate limiter; ``close()`` (or
    leaving a ``with`` block) closes the pooled connections of the client and of every client
    derived from it.
    """

    _shared: _Shared

    def _new_shared(self) -> _Shared:
        return _Shared()

    # -- lifecycle -----------------------------------------------------------------------------

    def close(self) -> None:
        """Close the pooled connections, shared with the clients made by ``with_options``.

        This closes every client sharing the pool: later calls on any of them (and on clients
        derived from them) raise ClientClosedError; calls in flight finish. Closing twice is
        harmless.
        """
        self._shared.transport.close()

    @property
    def closed(self) -> bool:
        """Whether ``close()`` was called on this client or on one sharing its pool."""
        return self._shared.transport.closed

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- calls ---------------------------------------------------------------------------------

    def _invoke(
        self, op: Operation, request: Any, *, timeout: float | None = None
    ) -> RawResponse[Any]:
        """Call ``op`` with retries; return the decoded result and the final HTTP exchange.

        The retry loop is :func:`~.attempts.attempts`, shared with the async client; this
        performs its steps with blocking calls."""
        from .attempts import attempts
        from .sansio import drive
        from .transport import network_errors

        shared = self._shared
        shared.transport.check_open()  # a closed client raises ClientClosedError
        steps = attempts(self, op, request, timeout, shared.limiter, network_errors)
        return drive(steps, self._perform)

    def _perform(self, step: Step) -> Any:
        """One step of a call's attempts (see :mod:`.attempts`), done with blocking calls."""
        from .attempts import CREDENTIALS, SEND, SLOT

        kind, arg = step
        if kind == SEND:
            return self._shared.transport.send(
                arg.endpoint,
                arg.body,
                arg.headers,
                connect_timeout=arg.connect_timeout,
                read_timeout=arg.read_timeout,
                deadline=arg.deadline,
                settings=self._config.transport,
            )
        if kind == CREDENTIALS:
            return self._config.credentials.get_credentials()
        if kind == SLOT:
            time.sleep(arg)
        else:  # BACKOFF
            self._sleep(arg)
        return None

    @property
    def with_raw_response(self) -> RawResponses:
        """Any method's result with its final HTTP exchange (status, headers, body, attempts,
        request id): ``client.with_raw_response(client.describe_task_detail)("t-1")``, or by
        name, ``client.with_raw_response.describe_task_detail("t-1")``."""
        from .rawcapture import RawResponses

        return RawResponses(self)

    def invoke(self, action: str, params: Any = None, *, timeout: float | None = None) -> Any:
        """Call any action by name with wire parameters (a dict, or a model).

        A known action is checked before sending (ValidationError), signed, paced and retried by
        its own facts, and answered with its typed response. An action this package does not
        know is sent as given, never re-sent after a failure the service may have received, and
        answered with the decoded ``Response`` dict. Errors are the typed API errors either way.
        """
        from . import invoke

        op = invoke.operation_for(self.service, action)
        return self._invoke(op, invoke.request_for(op, params), timeout=timeout).parsed

    def _wait(
        self,
        op: Operation,
        waiter: Waiter,
        request: Any,
        *,
        interval: float,
        timeout: float,
        on_progress: Callable[[Any], object] | None,
    ) -> Any:
        """Run a generated waiter: poll ``op`` with ``request`` until an acceptor decides."""
        from . import exchange
        from .waiter import wait

        what = f"{waiter.name}({exchange.describe_request(request)})"
        return wait(
            lambda remaining: self._invoke(op, request, timeout=remaining).parsed,
            waiter,
            what=what,
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
            sleep=self._sleep,
        )

    def _paginate(
        self,
        op: Operation,
        pagination: Pagination,
        request: Any,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        timeout: float | None,
    ) -> Iterator[Any]:
        """Run a generated item iterator: every item of every page, at most ``max_items``
        (``timeout`` bounds each page)."""
        from . import paginate

        paginate.check_sizes(pagination, page_size, max_items)
        return paginate.items(
            lambda page_request: self._invoke(op, page_request, timeout=timeout).parsed,
            request,
            pagination,
            max_items,
        )

    def _pages(
        self,
        op: Operation,
        pagination: Pagination,
        request: Any,
        *,
        page_size: int | None = None,
        timeout: float | None,
    ) -> Iterator[Any]:
        """Run a generated page iterator: every page, one response per call."""
        from . import paginate

        paginate.check_sizes(pagination, page_size, None)
        return paginate.pages(
            lambda page_request: self._invoke(op, page_request, timeout=timeout).parsed,
            request,
            pagination,
        )

    def _watch(
        self,
        spec: WatchSpec,
        ids: Iterable[str],
        *,
        detail: tuple[Operation, Callable[[str], Any]],
        listing: tuple[Operation, Pagination, Callable[[str, datetime], Any]],
        waiter: Waiter,
        interval: float,
        timeout: float,
        since: datetime | float | None,
    ) -> Watch[Any]:
        """Run a generated watcher (see :mod:`.watch`)."""
        from . import paginate
        from .watch import Watch, WatchPlan

        detail_op, detail_request = detail
        list_op, pages, list_request = listing
        plan = WatchPlan.for_waiter(spec, ids, waiter=waiter, since=since)

        def list_items(call: ListCall, budget: float) -> list[Any]:
            return list(
                paginate.items(
                    lambda r: self._invoke(list_op, r, timeout=budget).parsed,
                    list_request(call.status, call.since),
                    pages,
                )
            )

        def fetch(item_id: str, budget: float) -> Any:
            return self._invoke(detail_op, detail_request(item_id), timeout=budget).parsed

        return Watch(
            plan,
            list_items=list_items,
            detail=fetch,
            interval=interval,
            timeout=timeout,
            sleep=self._sleep,
        )
