"""The sync and async clients run one retry loop (tencent_mps_core.attempts): the same scenario,
run through both drivers, must end the same way (result or error, attempts, back-offs, what the
server saw, what the rate limiter learnt). The loops were once two copies that drifted."""

from __future__ import annotations

import asyncio
import dataclasses
import re
from collections.abc import Callable
from typing import Any

import pytest

from tencent_mps_core.credentials import Credentials
from tencent_mps_core.operation import Operation
from tencent_mps_core.retry import RetryPolicy

from .conftest import CREATE, DESCRIBE, EXAMPLE_BODY, MpsClient, SleepRecorder
from .server import ScriptedServer, Step, api_error, delay, hang_up, reset, respond
from .test_async_client import AsyncMpsClient

OK = respond(b'{"Response": {"RequestId": "rid-ok"}}')
#: An action that a re-sent Delete may find already done.
DELETE = dataclasses.replace(
    DESCRIBE, action="DeleteWidget", idempotent=True, applied_codes=("ResourceNotFound",)
)
#: An action with a tiny quota, so that the second call waits for the rate limiter.
SLOW = dataclasses.replace(DESCRIBE, action="DescribeSlowly", rate_limit=1.0)

SCENARIOS: dict[str, tuple[Operation, list[Step], dict[str, Any]]] = {
    "success": (DESCRIBE, [respond(EXAMPLE_BODY)], {}),
    "api errors retried, then success": (
        DESCRIBE,
        [api_error("InternalError"), api_error("InternalError", status=503), OK],
        {},
    ),
    "api errors until out of attempts": (DESCRIBE, [api_error("InternalError")] * 3, {}),
    "a non-retryable api error": (DESCRIBE, [api_error("InvalidParameter")], {}),
    "throttled, then success": (DESCRIBE, [api_error("RequestLimitExceeded"), OK], {}),
    "resets retried when idempotent": (DESCRIBE, [reset(), hang_up(), OK], {}),
    "resets until out of attempts": (DESCRIBE, [reset()] * 3, {}),
    "a create is not re-sent after a hang-up": (CREATE, [hang_up()], {}),
    "a create is re-sent after a 503 without an envelope": (
        CREATE,
        [respond(b"busy", status=503, content_type="text/plain"), OK],
        {},
    ),
    "an HTTP error page": (
        DESCRIBE,
        [respond(b"<html/>", status=404, content_type="text/html")],
        {},
    ),
    "a 2xx body that is not an envelope": (DESCRIBE, [respond(b"[1, 2]")], {}),
    "an answer slower than the call's timeout": (
        DESCRIBE,
        [delay(1.5, OK)],
        {"timeout": 0.3},
    ),
    "a re-sent delete the service had applied": (
        DELETE,
        [hang_up(), api_error("ResourceNotFound")],
        {},
    ),
}


def _outcome(result: Any, error: BaseException | None) -> dict[str, Any]:
    if error is not None:
        # How a network failure is worded is the transport's (urllib3 and aiohttp see different
        # things); what the retry loop makes of it must be the same.
        text = re.sub(r"failed: .*? \(after", "failed: <network failure> (after", str(error))
        return {
            "error": type(error).__name__,
            "message": text,
            "attempts": getattr(error, "attempts", None),
            "code": getattr(error, "code", None),
            "chained": error.__cause__ is not None,
        }
    return {
        "parsed": result.parsed,
        "status": result.http_status,
        "attempts": result.attempts,
        "request_id": result.request_id,
        "body": result.body,
    }


def _clients(
    server: ScriptedServer, creds: Credentials, sleeps: SleepRecorder
) -> tuple[MpsClient, AsyncMpsClient]:
    options: dict[str, Any] = {
        "credentials": creds,
        "region": "ap-guangzhou",
        "endpoint": server.url,
        "connect_timeout": 1.0,
        "read_timeout": 2.0,
        "retry_policy": RetryPolicy(max_attempts=3, base=0.001, cap=0.01, sleep=sleeps),
    }
    return MpsClient(**options), AsyncMpsClient(**options)


def _run_both(
    server: ScriptedServer,
    creds: Credentials,
    script: list[Step],
    call: Callable[[Any], Any],
    acall: Callable[[Any], Any],
) -> dict[str, dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for side in ("sync", "async"):
        sleeps = SleepRecorder()
        sync, aclient = _clients(server, creds, sleeps)
        server.reset_state()
        server.add(*script)
        result: Any = None
        error: BaseException | None = None
        limiter = sync._shared.limiter if side == "sync" else aclient._shared.limiter
        try:
            if side == "sync":
                with sync:
                    result = call(sync)
            else:

                async def go(aclient: AsyncMpsClient = aclient) -> Any:
                    async with aclient:
                        return await acall(aclient)

                result = asyncio.run(go())
        except Exception as exc:
            error = exc
        seen[side] = {
            "outcome": _outcome(result, error),
            "backoffs": len(sleeps.calls),
            "requests": [(r.headers.get("x-tc-action"), r.body) for r in server.requests],
            "throttled": {a: limiter.stats(a)["throttled"] for a in ("DescribeTaskDetail",)},
        }
    return seen


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_a_scenario_ends_the_same_way_through_both_drivers(
    name: str, server: ScriptedServer, creds: Credentials
) -> None:
    op, script, kw = SCENARIOS[name]
    seen = _run_both(
        server,
        creds,
        script,
        lambda c: c._invoke(op, "t-1", **kw),
        lambda c: c._invoke(op, "t-1", **kw),
    )
    assert seen["sync"] == seen["async"]
    assert seen["sync"]["requests"], "the scenario made no request"


def test_waiting_for_the_rate_limiters_slot_past_the_timeout_fails_alike(
    server: ScriptedServer, creds: Credentials
) -> None:
    """The second call of a 1/s action would wait about a second: with a 0.2 s timeout both
    clients give up with the same error, having slept what was left, without sending."""

    def call(c: MpsClient) -> Any:
        c._invoke(SLOW, "t-1")
        return c._invoke(SLOW, "t-2", timeout=0.2)

    async def acall(c: AsyncMpsClient) -> Any:
        await c._invoke(SLOW, "t-1")
        return await c._invoke(SLOW, "t-2", timeout=0.2)

    seen = _run_both(server, creds, [OK, OK], call, acall)
    assert seen["sync"] == seen["async"]
    outcome = seen["sync"]["outcome"]
    assert outcome["error"] == "TransportError" and outcome["attempts"] == 0
    assert "client-side rate limit" in outcome["message"]
    assert len(seen["sync"]["requests"]) == 1


def test_throttling_teaches_both_limiters_alike(server: ScriptedServer, creds: Credentials) -> None:
    seen = _run_both(
        server,
        creds,
        [api_error("RequestLimitExceeded"), OK],
        lambda c: c._invoke(DESCRIBE, "t-1"),
        lambda c: c._invoke(DESCRIBE, "t-1"),
    )
    assert seen["sync"] == seen["async"]
    assert seen["sync"]["throttled"] == {"DescribeTaskDetail": 1}
    assert seen["sync"]["outcome"]["attempts"] == 2
