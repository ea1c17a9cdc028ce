"""One client shared by many threads."""

from __future__ import annotations

import json
import threading

from .conftest import EXAMPLE_REQUEST_ID, MpsClient
from .server import ScriptedServer, api_error, respond

THREADS = 8
CALLS = 5


def _run(client: MpsClient) -> tuple[list[str], list[BaseException]]:
    results: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(THREADS)

    def worker(n: int) -> None:
        start.wait(timeout=10)
        for i in range(CALLS):
            try:
                out = client.describe(f"task-{n}-{i}")
            except BaseException as exc:  # pragma: no cover - reported by the assertion
                with lock:
                    errors.append(exc)
            else:
                with lock:
                    results.append(out["RequestId"])

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    return results, errors


def test_concurrent_callers_all_succeed(client: MpsClient, server: ScriptedServer) -> None:
    results, errors = _run(client)
    assert errors == []
    assert results == [EXAMPLE_REQUEST_ID] * (THREADS * CALLS)
    seen = [json.loads(r.body)["TaskId"] for r in server.requests]
    assert sorted(seen) == sorted(f"task-{n}-{i}" for n in range(THREADS) for i in range(CALLS))
    # Connections are pooled: far fewer connections than requests.
    assert len({r.client_port for r in server.requests}) <= THREADS


def test_concurrent_callers_with_throttling(client: MpsClient, server: ScriptedServer) -> None:
    server.add(*[api_error("RequestLimitExceeded") for _ in range(6)])
    server.add(*[respond(b"busy", status=503, content_type="text/plain") for _ in range(4)])
    # Enough attempts that even a caller hitting every scripted failure in a row succeeds.
    results, errors = _run(client.with_options(max_attempts=11))
    assert errors == []
    assert len(results) == THREADS * CALLS
    assert server.count == THREADS * CALLS + 10
