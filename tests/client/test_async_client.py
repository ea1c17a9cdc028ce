"""The asynchronous client: same signatures, errors, retries and idempotency rules as the sync one."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, ClassVar, TypeVar

import pytest

from tencent_mps.errors import (
    HTTPError,
    InternalError,
    ResourceNotFoundError,
    TransportError,
    ValidationError,
)
from tencent_mps_core.async_client_base import AsyncBaseClient
from tencent_mps_core.credentials import Credentials
from tencent_mps_core.raw import RawResponse
from tencent_mps_core.retry import RetryPolicy
from tencent_mps_core.service import ServiceModel

from .conftest import (
    CREATE,
    DESCRIBE,
    EXAMPLE_BODY,
    SERVICE,
    TOKEN,
    MpsClient,
    SleepRecorder,
)
from .server import ScriptedServer, api_error, delay, hang_up, reset, respond

T = TypeVar("T")


class AsyncMpsClient(AsyncBaseClient):
    service: ClassVar[ServiceModel] = SERVICE

    async def describe(self, task_id: str = "t-1", timeout: float | None = None) -> Any:
        return (await self._invoke(DESCRIBE, task_id, timeout=timeout)).parsed

    async def describe_raw(self, task_id: str = "t-1") -> RawResponse[Any]:
        return await self._invoke(DESCRIBE, task_id)

    async def create(self, task_id: str = "t-1") -> Any:
        return (await self._invoke(CREATE, task_id)).parsed


def run(coro_fn: Callable[[], Awaitable[T]]) -> T:
    return asyncio.run(coro_fn())  # type: ignore[arg-type]


@pytest.fixture()
def aclient(
    server: ScriptedServer, creds: Credentials, sleeps: SleepRecorder
) -> Iterator[AsyncMpsClient]:
    yield AsyncMpsClient(
        credentials=creds,
        region="ap-guangzhou",
        endpoint=server.url,
        connect_timeout=1.0,
        read_timeout=2.0,
        retry_policy=RetryPolicy(max_attempts=3, base=0.001, cap=0.01, sleep=sleeps),
    )


def test_success_and_raw_details(aclient: AsyncMpsClient, server: ScriptedServer) -> None:
    async def go() -> RawResponse[Any]:
        async with aclient:
            return await aclient.describe_raw()

    raw = run(go)
    assert raw.parsed == json.loads(EXAMPLE_BODY)["Response"]
    assert raw.http_status == 200 and raw.attempts == 1 and raw.body == EXAMPLE_BODY


def test_headers_match_the_sync_client_byte_for_byte(
    aclient: AsyncMpsClient, server: ScriptedServer, creds: Credentials
) -> None:
    sync = MpsClient(credentials=creds, region="ap-guangzhou", endpoint=server.url)
    sync._clock = aclient._clock = lambda: 1_700_000_000.0
    sync.describe("t-9")
    run(lambda: aclient.describe("t-9"))
    ours_sync, ours_async = server.requests
    signed = ("authorization", "x-tc-timestamp", "x-tc-action", "x-tc-version", "x-tc-region")
    for name in (*signed, "x-tc-token", "content-type", "host", "user-agent"):
        assert ours_async.headers[name] == ours_sync.headers[name], name
    assert ours_async.body == ours_sync.body
    assert ours_async.headers["x-tc-token"] == TOKEN
    assert ours_async.headers.get("accept-encoding") == "identity"


def test_api_errors_are_typed_and_transient_ones_retried(
    aclient: AsyncMpsClient, server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.add(api_error("InternalError"), respond(EXAMPLE_BODY))
    assert run(aclient.describe)["TaskType"] == "WorkflowTask"
    assert server.count == 2 and len(sleeps.calls) == 1
    server.add(api_error("ResourceNotFound"))
    with pytest.raises(ResourceNotFoundError):
        run(aclient.describe)
    server.add(api_error("InternalError"), api_error("InternalError"), api_error("InternalError"))
    with pytest.raises(InternalError):
        run(aclient.describe)
    assert len(sleeps.calls) == 3  # no sleep after the final attempt


def test_network_failures_retry_for_idempotent_actions_only(
    aclient: AsyncMpsClient, server: ScriptedServer
) -> None:
    server.add(reset(), hang_up(), respond(EXAMPLE_BODY))
    assert run(aclient.describe)["Status"] == "FINISH"
    assert server.count == 3
    server.reset_state()
    server.add(reset(), respond(EXAMPLE_BODY))
    with pytest.raises(TransportError):
        run(aclient.create)  # not idempotent: never sent again after an ambiguous failure
    assert server.count == 1
    server.add(api_error("RequestLimitExceeded"), respond(EXAMPLE_BODY))
    assert run(aclient.create)["Status"] == "FINISH"  # throttled: surely not acted on


def test_5xx_and_refused_connections(aclient: AsyncMpsClient, server: ScriptedServer) -> None:
    server.add(respond(b"<h1>bad gateway</h1>", status=502, content_type="text/html"))
    server.add(respond(EXAMPLE_BODY))
    assert run(aclient.describe)["Status"] == "FINISH"
    server.add(*(respond(b"nope", status=503, content_type="text/plain") for _ in range(3)))
    with pytest.raises(HTTPError) as info:
        run(aclient.describe)
    assert info.value.http_status == 503 and info.value.attempts == 3
    closed = aclient.with_options(endpoint="http://127.0.0.1:9")  # nothing listens on port 9
    with pytest.raises(TransportError, match=r"refused|could not connect"):
        run(closed.create)  # refused: safe even for a non-idempotent action, retried then given up


def test_the_call_timeout_bounds_a_silent_server(
    aclient: AsyncMpsClient, server: ScriptedServer
) -> None:
    server.add(delay(30, respond(EXAMPLE_BODY)))
    started = time.monotonic()
    with pytest.raises(TransportError, match="timed out"):
        run(lambda: aclient.describe(timeout=0.5))
    assert time.monotonic() - started < 10  # bounded by the call's timeout, not 3 attempts x 2 s


def test_validation_happens_before_sending(server: ScriptedServer, creds: Credentials) -> None:
    from tencent_mps import AsyncClient

    client = AsyncClient(credentials=creds, endpoint=server.url)

    async def go() -> None:
        async with client:
            await client.describe_task_detail(task_id=5)  # type: ignore[arg-type]

    with pytest.raises(ValidationError) as info:
        run(go)
    assert info.value.path == "TaskId" and server.count == 0


def test_generated_async_client_waits_and_pages(server: ScriptedServer, creds: Credentials) -> None:
    from tencent_mps import AsyncClient

    running = json.dumps({"Response": {"Status": "PROCESSING", "RequestId": "r"}}).encode()
    server.add(respond(running), respond(running), respond(EXAMPLE_BODY))
    page1 = {"TaskSet": [{"TaskId": "a"}, {"TaskId": "b"}], "ScrollToken": "next", "RequestId": "r"}
    page2 = {"TaskSet": [{"TaskId": "c"}], "ScrollToken": "", "RequestId": "r"}
    server.add(respond(json.dumps({"Response": page1}).encode()))
    server.add(respond(json.dumps({"Response": page2}).encode()))

    async def go() -> tuple[str | None, list[str | None]]:
        async with AsyncClient(credentials=creds, endpoint=server.url) as client:
            final = await client.wait_for_task("t-1", interval=0.001, timeout=10)
            ids = [t.task_id async for t in client.iter_tasks(status="FINISH", page_size=2)]
            return final.status, ids

    status, ids = run(go)
    assert status == "FINISH" and ids == ["a", "b", "c"]
    bodies = [json.loads(r.body) for r in server.requests[3:]]
    assert bodies == [
        {"Status": "FINISH", "Limit": 2},
        {"Status": "FINISH", "Limit": 2, "ScrollToken": "next"},
    ]


def test_many_concurrent_calls_share_one_session(
    aclient: AsyncMpsClient, server: ScriptedServer
) -> None:
    async def go() -> list[Any]:
        async with aclient:
            return await asyncio.gather(*(aclient.describe(f"t-{i}") for i in range(50)))

    results = run(go)
    assert len(results) == 50 and all(r["Status"] == "FINISH" for r in results)
    assert server.count == 50


def test_a_closed_async_client_raises_and_limits_hold(
    aclient: AsyncMpsClient, server: ScriptedServer
) -> None:
    from tencent_mps.errors import ClientClosedError, ResponseTooLargeError

    small = aclient.with_options(max_body_size=100)
    with pytest.raises(ResponseTooLargeError):
        run(small.describe)  # the example answer is about 3 kB
    assert server.count == 1  # not retried: the same request gets the same answer
    gzip = [("Content-Encoding", "gzip")]
    server.add(respond(EXAMPLE_BODY, headers=gzip))
    with pytest.raises(TransportError, match="Content-Encoding"):
        run(aclient.describe)

    async def close_then_call() -> None:
        await aclient.close()
        await aclient.describe()

    with pytest.raises(ClientClosedError):
        run(close_then_call)
    assert aclient.closed and small.closed


def test_both_clients_give_the_transport_the_calls_deadline(
    aclient: AsyncMpsClient, server: ScriptedServer, creds: Credentials
) -> None:
    """The sync and async retry loops pass the same arguments to their transport: the call's
    deadline included, so a timeout bounds the whole attempt on both (it once drifted)."""
    sync = MpsClient(credentials=creds, region="ap-guangzhou", endpoint=server.url, timeout=30)
    seen: dict[str, dict[str, Any]] = {}
    sync_send = sync._shared.transport.send

    def record_sync(*args: Any, **kwargs: Any) -> Any:
        seen["sync"] = kwargs
        return sync_send(*args, **kwargs)

    async def go() -> None:
        async_send = aclient._shared.transport.send

        async def record_async(*args: Any, **kwargs: Any) -> Any:
            seen["async"] = kwargs
            return await async_send(*args, **kwargs)

        aclient._shared.transport.send = record_async  # type: ignore[method-assign]
        async with aclient:
            await aclient.describe(timeout=30)

    sync._shared.transport.send = record_sync  # type: ignore[method-assign]
    sync.describe("t-1")
    run(go)
    assert set(seen["sync"]) == set(seen["async"])
    for side in ("sync", "async"):
        deadline = seen[side]["deadline"]
        assert deadline is not None and 0 < deadline - time.monotonic() <= 30
