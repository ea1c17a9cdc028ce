"""AsyncBaseClient: the asynchronous twin of :class:`~.client_base.BaseClient`.

Same settings, signatures, errors, retry decision (idempotency included), rate limiter, waiters,
paginators and watchers: the retry loop, the waiter and the watcher are the sync client's own,
written free of I/O (:mod:`.attempts`, :mod:`.waiter`, :mod:`.watch`) and awaited here. I/O goes
through :class:`~.async_transport.AsyncTransport` (aiohttp,
the ``async`` extra) and waits with ``asyncio.sleep``. A call's ``timeout`` bounds everything,
the read of a slow answer included (the attempt is cancelled at the deadline).

Use it as ``async with AsyncClient() as client: ...`` or call ``await client.close()``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterable
from datetime import datetime
from types import TracebackType
from typing import Any, Self

from . import exchange, paginate
from .async_transport import AsyncTransport
from .attempts import CREDENTIALS, SEND, SLOT, Step, attempts
from .client_common import ClientCommon
from .neterrors import NetworkError
from .operation import Operation
from .ratelimit import RateLimiter
from .raw import RawResponse
from .rawcapture import AsyncRawResponses
from .sansio import adrive
from .transport import BodyTooLarge, RefusedEncoding
from .waiter import Waiter, wait_async
from .watch import AsyncWatch, ListCall, WatchPlan, WatchSpec

#: What the async transport raises for a failed attempt (aiohttp's errors are mapped to these).
_NETWORK_ERRORS: tuple[type[BaseException], ...] = (NetworkError, BodyTooLarge, RefusedEncoding)


def _network_errors() -> tuple[type[BaseException], ...]:
    return _NETWORK_ERRORS


class _AsyncShared:
    """What an async client shares with the clients ``with_options`` derives from it."""

    def __init__(self, transport: AsyncTransport) -> None:
        self.transport = transport
        self.limiter = RateLimiter()
        self.closed = False


class AsyncBaseClient(ClientCommon):
    """Base of the generated asynchronous clients (see the module docstring).

    Safe to share between tasks of one event loop; a client used from another loop opens new
    connections there.
    """

    _shared: _AsyncShared

    def _new_shared(self) -> _AsyncShared:
        return _AsyncShared(AsyncTransport())

    @property
    def closed(self) -> bool:
        """Whether ``close()`` was called on this client or on one sharing its connections."""
        return self._shared.transport.closed

    # -- lifecycle -----------------------------------------------------------------------------

    async def close(self) -> None:
        """Close the connections, shared with the clients made by ``with_options``: every
        client sharing them raises ClientClosedError from then on."""
        await self._shared.transport.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def _pause(self, seconds: float) -> None:
        """Back-off between attempts: the retry policy's sleep when one was injected."""
        sleep = self._config.retry.sleep
        if sleep is time.sleep:
            await asyncio.sleep(seconds)
        else:
            sleep(seconds)  # an injected sleep (tests): called, never blocking long
            await asyncio.sleep(0)

    # -- calls ---------------------------------------------------------------------------------

    async def _invoke(
        self, op: Operation, request: Any, *, timeout: float | None = None
    ) -> RawResponse[Any]:
        """Call ``op`` with retries; return the decoded result and the final HTTP exchange.

        The retry loop is :func:`~.attempts.attempts`, shared with the sync client; this
        awaits its steps."""
        shared = self._shared
        shared.transport.check_open()
        steps = attempts(self, op, request, timeout, shared.limiter, _network_errors)
        return await adrive(steps, self._perform)

    async def _perform(self, step: Step) -> Any:
        """One step of a call's attempts (see :mod:`.attempts`), awaited."""
        kind, arg = step
        if kind == SEND:
            return await self._shared.transport.send(
                arg.endpoint,
                arg.body,
                arg.headers,
                connect_timeout=arg.connect_timeout,
                read_timeout=arg.read_timeout,
                deadline=arg.deadline,
                settings=self._config.transport,
            )
        if kind == CREDENTIALS:
            return await self._config.credentials.get_credentials_async()
        if kind == SLOT:
            await asyncio.sleep(arg)
        else:  # BACKOFF
            await self._pause(arg)
        return None

    @property
    def with_raw_response(self) -> AsyncRawResponses:
        """Any coroutine method's result with its final HTTP exchange:
        ``await client.with_raw_response(client.describe_task_detail)("t-1")``."""
        return AsyncRawResponses(self)

    async def invoke(self, action: str, params: Any = None, *, timeout: float | None = None) -> Any:
        """Call any action by name with wire parameters (a dict, or a model); see
        :meth:`tencent_mps_core.client_base.BaseClient.invoke`."""
        from . import invoke

        op = invoke.operation_for(self.service, action)
        return (await self._invoke(op, invoke.request_for(op, params), timeout=timeout)).parsed

    async def _wait(
        self,
        op: Operation,
        waiter: Waiter,
        request: Any,
        *,
        interval: float,
        timeout: float,
        on_progress: Callable[[Any], object] | None,
    ) -> Any:
        """Run a generated waiter with ``asyncio.sleep`` between polls."""

        async def poll(remaining: float) -> Any:
            return (await self._invoke(op, request, timeout=remaining)).parsed

        return await wait_async(
            poll,
            waiter,
            what=f"{waiter.name}({exchange.describe_request(request)})",
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    def _paginate(
        self,
        op: Operation,
        pagination: paginate.Pagination,
        request: Any,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        timeout: float | None,
    ) -> AsyncIterator[Any]:
        """Every item of every page, at most ``max_items``, fetched as ``async for`` goes."""

        async def page(page_request: Any) -> Any:
            return (await self._invoke(op, page_request, timeout=timeout)).parsed

        paginate.check_sizes(pagination, page_size, max_items)
        return paginate.aitems(page, request, pagination, max_items)

    def _pages(
        self,
        op: Operation,
        pagination: paginate.Pagination,
        request: Any,
        *,
        page_size: int | None = None,
        timeout: float | None,
    ) -> AsyncIterator[Any]:
        """Every page, one response per call, fetched as ``async for`` goes."""

        async def page(page_request: Any) -> Any:
            return (await self._invoke(op, page_request, timeout=timeout)).parsed

        paginate.check_sizes(pagination, page_size, None)
        return paginate.apages(page, request, pagination)

    def _watch(
        self,
        spec: WatchSpec,
        ids: Iterable[str],
        *,
        detail: tuple[Operation, Callable[[str], Any]],
        listing: tuple[Operation, paginate.Pagination, Callable[[str, datetime], Any]],
        waiter: Waiter,
        interval: float,
        timeout: float,
        since: datetime | float | None,
    ) -> AsyncWatch[Any]:
        """Run a generated watcher: ``async for response in client.watch_tasks(ids)``."""
        detail_op, detail_request = detail
        list_op, pages, list_request = listing
        plan = WatchPlan.for_waiter(spec, ids, waiter=waiter, since=since)

        async def list_items(call: ListCall, budget: float) -> list[Any]:
            async def page(request: Any) -> Any:
                return (await self._invoke(list_op, request, timeout=budget)).parsed

            return [
                item
                async for item in paginate.aitems(
                    page, list_request(call.status, call.since), pages
                )
            ]

        async def fetch(item_id: str, budget: float) -> Any:
            return (await self._invoke(detail_op, detail_request(item_id), timeout=budget)).parsed

        return AsyncWatch(
            plan, list_items=list_items, detail=fetch, interval=interval, timeout=timeout
        )
