"""Every waiter in the schema, sync and async: it polls through the retry states, returns the
success state, and raises WaiterFailureError on a failure state (driven by the waiters' own data,
so a waiter added to the schema is tested here without a line of test code)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tencent_mps import AsyncClient, Client, _loops, operations
from tencent_mps.errors import WaiterFailureError
from tencent_mps_core.credentials import Credentials
from tencent_mps_core.waiter import Waiter

from ..client.server import ScriptedServer, envelope, respond

CREDS = Credentials("AKIDwaiter", "waiter-secret")

WAITERS: list[tuple[str, Waiter]] = [
    (name.split("_WAIT_FOR_")[0], w) for name, w in vars(_loops).items() if isinstance(w, Waiter)
]


def _action(constant: str) -> str:
    return str(getattr(operations, constant).action)


def _answer(waiter: Waiter, state: str) -> bytes:
    acceptor = next(a for a in waiter.acceptors if a.state == state and a.matcher == "path")
    inner: dict[str, Any] = {"RequestId": "rid"}
    node = inner
    *parents, last = acceptor.wire_path.split(".")
    for part in parents:
        node = node.setdefault(part, {})
    node[last] = acceptor.expected
    return envelope(inner)


@pytest.fixture()
def server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer(default=respond(envelope({"RequestId": "rid"})))
    yield srv
    srv.stop()


def test_every_task_describing_action_has_a_waiter() -> None:
    names = {w.name for _, w in WAITERS}
    for expected in (
        "wait_for_task",
        "wait_for_image_task",
        "wait_for_batch_task",
        "wait_for_aigc_video_task",
        "wait_for_aigc_image_task",
        "wait_for_aigc_audio_task",
    ):
        assert expected in names


@pytest.mark.parametrize(("constant", "waiter"), WAITERS, ids=[w.name for _, w in WAITERS])
def test_waiter_polls_to_success(constant: str, waiter: Waiter, server: ScriptedServer) -> None:
    action = _action(constant)
    retry = any(a.state == "retry" and a.matcher == "path" for a in waiter.acceptors)
    server.add(*([respond(_answer(waiter, "retry"))] if retry else []))
    server.add(respond(_answer(waiter, "success")))
    seen: list[Any] = []
    with Client(credentials=CREDS, endpoint=server.url) as client:
        final = getattr(client, waiter.name)(
            "t-1", interval=0.001, timeout=10, on_progress=seen.append
        )
    assert waiter.state_of(final) == "success"
    assert len(server.requests) == (2 if retry else 1)
    assert all(r.headers["x-tc-action"] == action for r in server.requests)
    assert json.loads(server.requests[0].body)["TaskId"] == "t-1"
    assert len(seen) == (1 if retry else 0)


FAILING = [(c, w) for c, w in WAITERS if any(a.state == "failure" for a in w.acceptors)]


@pytest.mark.parametrize(("constant", "waiter"), FAILING, ids=[w.name for _, w in FAILING])
def test_waiter_raises_on_its_failure_state(
    constant: str, waiter: Waiter, server: ScriptedServer
) -> None:
    server.add(respond(_answer(waiter, "failure")))
    with Client(credentials=CREDS, endpoint=server.url) as client:
        with pytest.raises(WaiterFailureError) as err:
            getattr(client, waiter.name)("t-1", interval=0.001, timeout=10)
    assert waiter.state_of(err.value.last) == "failure"


@pytest.mark.parametrize(("constant", "waiter"), FAILING, ids=[w.name for _, w in FAILING])
def test_async_waiter_raises_on_its_failure_state(
    constant: str, waiter: Waiter, server: ScriptedServer
) -> None:
    server.add(respond(_answer(waiter, "retry")), respond(_answer(waiter, "failure")))

    async def go() -> None:
        async with AsyncClient(credentials=CREDS, endpoint=server.url) as client:
            await getattr(client, waiter.name)("t-1", interval=0.001, timeout=10)

    with pytest.raises(WaiterFailureError):
        asyncio.run(go())
    assert len(server.requests) == 2


SCHEMA = Path(__file__).resolve().parents[2] / "schema"
TYPES: dict[str, Any] = json.loads((SCHEMA / "mps.schema.json").read_text(encoding="utf-8"))[
    "$defs"
]


def _schema_waiters() -> Iterator[tuple[str, str, dict[str, Any]]]:
    openapi = json.loads((SCHEMA / "mps.openapi.json").read_text(encoding="utf-8"))
    for item in openapi["paths"].values():
        op = item.get("post") or {}
        for name, waiter in (op.get("x-tc-waiters") or {}).items():
            yield name, op["operationId"], waiter


@pytest.mark.parametrize(
    ("name", "action", "waiter"),
    list(_schema_waiters()),
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_waiter_states_are_documented_values(
    name: str, action: str, waiter: dict[str, Any]
) -> None:
    """Each state a waiter matches is a documented value of the field it reads, and every
    documented value of that field has a state: a value upstream adds is noticed here."""
    types = TYPES
    for path in {a["path"] for a in waiter["acceptors"] if a.get("matcher") == "path"}:
        node = types[f"{action}Response"]
        *parents, last = path.split(".")
        for part in parents:
            node = types[node["properties"][part]["$ref"].rsplit("/", 1)[1]]
        documented = set(node["properties"][last].get("x-known-values") or {})
        matched = {a["expected"] for a in waiter["acceptors"] if a.get("path") == path}
        assert documented, f"{name}: {action}Response.{path} has no documented values"
        assert matched <= documented, f"{name}: {sorted(matched - documented)} not documented"
        assert documented <= matched, f"{name}: no state for {sorted(documented - matched)}"
