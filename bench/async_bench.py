"""The asynchronous client: 200 concurrent describe_task_detail calls against the emulator.

Compared with the official SDK's async client (httpx), in the same run, against the emulator in
its own process without a rate limit. Our client's own rate limiter is turned off for the
comparison (``rate_limit_share=None``): with it on, 200 calls take at least two seconds, as
DescribeTaskDetail allows 100 requests a second per account.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from .client_bench import emulator_process
from .measure import Row

CONCURRENT = 200
ROUNDS = 5


async def _best(call: Any, rounds: int = ROUNDS) -> tuple[float, float]:
    """Best wall and CPU milliseconds of ``CONCURRENT`` concurrent calls, after a warm-up."""
    await asyncio.gather(*(call() for _ in range(20)))
    wall = cpu = float("inf")
    for _ in range(rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        results = await asyncio.gather(*(call() for _ in range(CONCURRENT)))
        wall = min(wall, (time.perf_counter() - t0) * 1e3)
        cpu = min(cpu, (time.process_time() - c0) * 1e3)
        assert len(results) == CONCURRENT
    return wall, cpu


async def _ours(endpoint: str, task_id: str) -> tuple[float, float]:
    from tencent_mps import AsyncClient
    from tencent_mps.testing import Emulator

    async with AsyncClient(
        credentials=Emulator.DEFAULT_CREDENTIALS,
        region="ap-guangzhou",
        endpoint=endpoint,
        rate_limit_share=None,
    ) as client:

        async def call() -> Any:
            response = await client.describe_task_detail(task_id)
            assert response.status == "FINISH"
            return response

        return await _best(call)


async def _official(port: int, task_id: str) -> tuple[float, float]:
    from tencentcloud.common import credential
    from tencentcloud.common.profile.client_profile import ClientProfile
    from tencentcloud.common.profile.http_profile import HttpProfile
    from tencentcloud.mps.v20190612 import models, mps_client_async

    from tencent_mps.testing import Emulator

    creds = Emulator.DEFAULT_CREDENTIALS
    profile = ClientProfile(
        httpProfile=HttpProfile(endpoint=f"127.0.0.1:{port}", protocol="http", reqTimeout=30)
    )
    client = mps_client_async.MpsClient(
        credential.Credential(creds.secret_id, creds.secret_key), "ap-guangzhou", profile
    )
    request = models.DescribeTaskDetailRequest()
    request.TaskId = task_id

    async def call() -> Any:
        response = await client.DescribeTaskDetail(request)
        assert response.Status == "FINISH"
        return response

    return await _best(call)


def run() -> list[Row]:
    from tencent_mps.testing import Emulator

    task_id = Emulator.EXAMPLE_TASK_ID
    with emulator_process() as endpoint:
        port = int(endpoint.rsplit(":", 1)[1])
        try:
            official = asyncio.run(_official(port, task_id))
        except ImportError as exc:  # httpx is in the bench extra
            print(f"  (the official async client is not usable here: {exc})")
            return []
        ours = asyncio.run(_ours(endpoint, task_id))
    return [
        Row(
            f"async: {CONCURRENT} concurrent describe calls, wall",
            ours[0],
            official[0],
            "ms",
            "",
            "official async",
        ),
        Row(
            f"async: {CONCURRENT} concurrent describe calls, CPU",
            ours[1],
            official[1],
            "ms",
            "",
            "official async",
        ),
    ]


__all__ = ["run"]
