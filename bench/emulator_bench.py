"""The emulator at scale: memory held by 10,000 tasks and 5,000 templates, and request latency.

The emulator is filled in-process (no HTTP, so the figure is the state, not the transport):
5,000 ProcessMedia tasks, 5,000 tasks of the kinds schema/ declares (ProcessImage, AIGC,
speech, ...), and 5,000 custom templates spread over the 17 template families. The service's
caps allow 2,714 custom templates per account over those families, so the bench lifts the caps
on its own copy of the table; the memory per template is the same. Memory is measured with
tracemalloc (bytes Python allocated for the state, and the peak while filling) and as the
process's resident set growth. Then each read answers over HTTP, through our client, with the
request checks, the signature check and the answer's shaping included.

Run alone: ``python -m bench.emulator_bench``.
"""

from __future__ import annotations

import copy
import gc
import random
import resource
import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from .payloads import PROCESS_MEDIA

TASKS = 10_000
TEMPLATES = 5_000
REQUESTS = 200

#: The ProcessMedia request of the client bench, without its notification (10,000 tasks would
#: each try to notify).
MEDIA: dict[str, Any] = {k: v for k, v in PROCESS_MEDIA.items() if k != "TaskNotifyConfig"}


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as handle:
        pages = int(handle.read().split()[1])
    return pages * resource.getpagesize() / 1e6


def _fill(emu: Any) -> tuple[list[str], list[str], list[int]]:
    """Create the tasks and templates in-process; the ids of each."""
    from tencent_mps._emulation import FAMILIES
    from tencent_mps._emulation import TASKS as KINDS
    from tencent_mps_lib.testing._schema import operation
    from tencent_mps_lib.testing.behaviour._families import Families

    table = copy.deepcopy(FAMILIES)
    for spec in table.values():
        spec.pop("cap", None)
    emu._families = emu._actions._families = Families(emu._clock, table=table)
    answer = emu._actions.answer

    media = [emu.process_media(dict(MEDIA, SessionContext=str(i))) for i in range(TASKS // 2)]
    creators = [
        action
        for spec in KINDS.values()
        if "when" not in spec  # ScheduleTask: ProcessMedia with a ScheduleId
        for action in spec["create"]
        if action != "BatchProcessMedia"
    ]
    requests: dict[str, dict[str, Any]] = {
        "ProcessImage": {**MEDIA, "Definition": 20001},
        "EditMedia": {"FileInfos": [{"InputInfo": MEDIA["InputInfo"]}], **MEDIA},
    }
    kinds = []
    for i in range(TASKS - len(media)):
        action = creators[i % len(creators)]
        params = requests.get(action, {"Prompt": f"prompt {i}", "Text": f"text {i}"})
        op = operation(action)
        assert op is not None
        kinds.append(answer(op, dict(params))["TaskId"])
    template_actions = [
        action
        for name, spec in table.items()
        if name.endswith("Template")
        for action, act in spec["actions"].items()
        if act["verb"] == "create"
    ]
    templates = []
    for i in range(TEMPLATES):
        op = operation(template_actions[i % len(template_actions)])
        assert op is not None
        made = answer(op, {"Name": f"template-{i}", "Comment": "bench", "Container": "mp4"})
        templates.append(int(made.get("Definition") or 0))
    return media, kinds, templates


def _latency(call: Callable[[], Any]) -> tuple[float, float]:
    """Median and 95th percentile of one call, in ms."""
    times = []
    for _ in range(REQUESTS):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1e3)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def run() -> list[str]:
    from tencent_mps import Client
    from tencent_mps.testing import Emulator

    lines = []
    gc.collect()
    with Emulator(rate_limit=None, task_duration=60, include_example=False) as emu:
        gc.collect()
        rss0 = _rss_mb()
        tracemalloc.start()
        start = time.perf_counter()
        media, kinds, templates = _fill(emu)
        filled = time.perf_counter() - start
        gc.collect()
        held, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss = _rss_mb() - rss0
        count = len(set(media) | set(kinds))
        resources = emu._families.count()
        lines.append(
            f"{'emulator memory: ' + f'{TASKS:,} tasks + {TEMPLATES:,} templates':<58} "
            f"{held / 1e6:8.1f} MB held (tracemalloc), peak {peak / 1e6:.1f} MB, "
            f"RSS +{rss:.1f} MB"
        )
        lines.append(
            f"{'  per task + template (held / (tasks + templates))':<58} "
            f"{held / (TASKS + TEMPLATES) / 1e3:8.2f} kB   "
            f"({count:,} tasks and {resources:,} resources, presets included, kept, filled in {filled:.1f} s)"
        )
        rng = random.Random(7)
        with Client(credentials=Emulator.DEFAULT_CREDENTIALS, endpoint=emu.endpoint) as client:
            reads: dict[str, Callable[[], Any]] = {
                "DescribeTaskDetail (a ProcessMedia task)": lambda: client.describe_task_detail(
                    task_id=rng.choice(media)
                ),
                "DescribeTasks (page of 20 of 10,000)": lambda: client.describe_tasks(
                    "WAITING", limit=20
                ),
                "DescribeImageTaskDetail (a kind task)": lambda: client.describe_image_task_detail(
                    task_id=next(k for k in kinds if "ImageTask" in k)
                ),
                "DescribeTranscodeTemplates (page of 100)": lambda: (
                    client.describe_transcode_templates(offset=rng.randrange(0, 200), limit=100)
                ),
                "DescribeTranscodeTemplates (by Definition)": lambda: (
                    client.describe_transcode_templates(definitions=[rng.choice(templates)])
                ),
            }
            for what, call in reads.items():
                call()  # warm
                median, p95 = _latency(call)
                lines.append(
                    f"{'emulator latency: ' + what:<58} {median:8.2f} ms median, {p95:.2f} ms p95"
                )
    return lines


if __name__ == "__main__":
    for line in run():
        print(line, flush=True)
