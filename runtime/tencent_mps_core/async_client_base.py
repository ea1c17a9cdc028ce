"""AsyncBaseClient: the asynchronous twin of :class:`~.client_base.BaseClient`.

Same settings, signatures, errors, retry decision (idempotency included), rate limiter, waiters,
paginators and watchers; I/O goes through :class:`~.async_transport.AsyncTransport` (aiohttp,
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
from .client_common import ClientCommon
from .exceptions import APIError, SDKError, TransportError
from .log import debug_enabled
from .neterrors import NetworkError
from .operation import Operation
from .ratelimit import RateLimiter
from .raw import RawResponse
from .rawcapture import AsyncRawResponses, record
from .transport import BodyTooLarge, RefusedEncoding
from .waiter import Waiter, wait_async
from .watch import AsyncWatch, ListCall, WatchPlan, WatchSpec


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
        """Call ``op`` with retries; return the decoded result and the final HTTP exchange."""
        self._shared.transport.check_open()
        config = self._config
        body = exchange.encode_body(op, request)
        budget = exchange.Budget.start(timeout if timeout is not None else config.timeout)
        endpoint = config.endpoint
        provider = config.credentials
        limiter = self._shared.limiter
        rate = config.rate_for(op.action, op.rate_limit)
        attempt = 0
        while True:
            attempt += 1
            wait = limiter.reserve(op.action, rate)
            if wait > 0:
                await self._wait_for_slot(op, wait, budget)
            creds = await provider.get_credentials_async()
            headers = exchange.sign(self.service, config, creds, op, body, int(self._clock()))
            t0 = time.perf_counter()
            connect_timeout, read_timeout = budget.timeouts(config)
            try:
                reply = await self._shared.transport.send(
                    endpoint,
                    body,
                    headers,
                    connect_timeout=connect_timeout,
                    read_timeout=read_timeout,
                    deadline=budget.deadline,
                    settings=config.transport,
                )
                parsed, request_id = exchange.interpret(
                    self.service, config, op, reply, attempt, exchange.secrets_of(creds, headers)
                )
            except (NetworkError, BodyTooLarge, RefusedEncoding) as exc:
                delay = exchange.retry_delay(self._config, op, exc, attempt, t0, budget)
                if delay is None:
                    raise exchange.transport_error(op, endpoint, exc, attempt, budget) from exc
                await self._pause(delay)
                continue
            except SDKError as exc:
                done = exchange.applied(op, exc, attempt, budget)
                if done is not None:
                    record(done)
                    return done
                if isinstance(exc, APIError) and exc.throttling:
                    limiter.throttled(op.action)
                if isinstance(exc, (TransportError, APIError)):
                    delay = exchange.retry_delay(self._config, op, exc, attempt, t0, budget)
                    if delay is not None:
                        await self._pause(delay)
                        continue
                raise
            if debug_enabled():
                exchange.log_attempt(op, config, attempt, t0, f"HTTP {reply.status}", request_id)
            raw = RawResponse(
                parsed=parsed,
                http_status=reply.status,
                headers=reply.headers,
                body=reply.body,
                attempts=attempt,
                elapsed=budget.elapsed(),
                request_id=request_id,
            )
            record(raw)
            return raw

    async def _wait_for_slot(self, op: Operation, wait: float, budget: exchange.Budget) -> None:
        left = budget.remaining()
        if left is not None and wait >= left:
            await asyncio.sleep(max(left, 0.0))
            exchange.wait_for_slot(op, wait, budget, lambda s: None)  # raises: out of time
        await asyncio.sleep(wait)

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
        listing: tuple[Operation, paginate.Pagination, Callable[[str, str], Any]],
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
