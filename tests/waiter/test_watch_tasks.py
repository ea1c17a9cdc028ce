"""client.watch_tasks against the emulator: DescribeTasks sweeps, details only for finished tasks."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from tencent_mps import AsyncClient, Client
from tencent_mps.errors import WaitTimeoutError
from tencent_mps.examples import EXAMPLES
from tencent_mps.testing import Emulator

REQUEST: dict[str, Any] = {
    "InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "https://example.com/in.mp4"}},
    "OutputStorage": {
        "Type": "COS",
        "CosOutputStorage": {"Bucket": "out-1250000000", "Region": "ap-guangzhou"},
    },
    "OutputDir": "/out/",
    "MediaProcessTask": {"TranscodeTaskSet": [{"Definition": 100010}]},
}


@pytest.fixture()
def emu() -> Iterator[Emulator]:
    with Emulator(task_duration=(0.2, 1.2), seed=3) as e:
        yield e


def client_of(emu: Emulator) -> Client:
    return Client(credentials=Emulator.DEFAULT_CREDENTIALS, endpoint=emu.endpoint)


def calls_by_action(emu: Emulator) -> Counter[str]:
    return Counter(c.action or "?" for c in emu.calls if c.outcome == "ok")


def test_each_task_is_yielded_once_with_details_only_for_finished_tasks(emu: Emulator) -> None:
    ids = [emu.process_media(REQUEST) for _ in range(60)]
    seen = []
    with client_of(emu) as client:
        for response in client.watch_tasks(ids, interval=0.2, timeout=60):
            assert response.status == "FINISH" and response.workflow_task is not None
            seen.append(response.workflow_task.task_id)
            # handed out once its task finished in the emulator
            finish = emu.finish_time(str(response.workflow_task.task_id))
            assert finish is not None and time.time() >= finish
    assert sorted(seen) == sorted(ids) and len(seen) == len(set(seen))
    calls = calls_by_action(emu)
    assert calls["DescribeTaskDetail"] == len(ids)  # one detail call per task, no polling
    assert calls["DescribeTasks"] < len(ids)


def test_tasks_added_while_watching(emu: Emulator) -> None:
    first = [emu.process_media(REQUEST) for _ in range(3)]
    later: list[str] = []
    seen = []
    with client_of(emu) as client:
        watch = client.watch_tasks(first, interval=0.2, timeout=60)
        for response in watch:
            seen.append(response.workflow_task.task_id)  # type: ignore[union-attr]
            if not later:
                later = [emu.process_media(REQUEST) for _ in range(3)]
                watch.add(*later, first[0])  # already seen: not again
    assert sorted(seen) == sorted(first + later)


def test_tasks_the_listing_cannot_see_are_polled_one_by_one(emu: Emulator) -> None:
    old = dict(EXAMPLES["DescribeTaskDetailResponse"][0])  # created in 2019: not listed
    old_id = emu.add_task(old)
    fresh = emu.process_media(REQUEST)
    with client_of(emu) as client:
        done = [
            r.workflow_task.task_id  # type: ignore[union-attr]
            for r in client.watch_tasks([old_id, fresh], interval=0.2, timeout=60)
        ]
    assert sorted(done) == sorted([old_id, fresh])
    details = [c.task_id for c in emu.calls if c.action == "DescribeTaskDetail"]
    assert details.count(fresh) == 1 and old_id in details


def test_a_timeout_carries_the_unfinished_ids(emu: Emulator) -> None:
    slow = emu.add_progressing_task(polls_per_step=10_000)  # never finishes
    quick = emu.process_media(REQUEST)
    with client_of(emu) as client:
        watch = client.watch_tasks([slow, quick], interval=0.2, timeout=3)
        assert next(watch).workflow_task.task_id == quick  # type: ignore[union-attr]
        with pytest.raises(WaitTimeoutError) as info:
            next(watch)
    assert info.value.pending == (slow,)
    assert slow in str(info.value) or "1 not done" in str(info.value)


def test_throttling_answers_make_the_limiter_back_off(emu: Emulator) -> None:
    ids = [emu.process_media(REQUEST) for _ in range(5)]
    emu.inject("throttle", times=2)
    with client_of(emu) as client:
        assert len(list(client.watch_tasks(ids, interval=0.2, timeout=60))) == 5
        stats = client._shared.limiter.stats("DescribeTasks")
    assert stats["throttled"] >= 1 and stats["factor"] < 1.0
    assert sum(1 for c in emu.calls if c.fault == "throttle") == 2


def test_the_async_client_watches_with_async_for(emu: Emulator) -> None:
    ids = [emu.process_media(REQUEST) for _ in range(20)]

    async def watch() -> list[str]:
        async with AsyncClient(
            credentials=Emulator.DEFAULT_CREDENTIALS, endpoint=emu.endpoint
        ) as client:
            found = []
            async for response in client.watch_tasks(ids, interval=0.2, timeout=60):
                found.append(str(response.workflow_task.task_id))  # type: ignore[union-attr]
            return found

    assert sorted(asyncio.run(watch())) == sorted(ids)
    assert calls_by_action(emu)["DescribeTaskDetail"] == len(ids)
