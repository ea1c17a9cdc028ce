"""Following 2,000 tasks: watch_tasks against wait_for_task per task in 32 threads.

The emulator runs in its own process with its rate limits on (the documented per-action quotas)
and 2,000 preloaded transcoding tasks whose durations are drawn between 1 and 20 s (seeded).
For each approach, a fresh emulator: API calls by action, throttled answers, the delay between a
task finishing in the emulator and the caller getting it (p50, p99), and the CPU seconds of the
watching process. Client-side rate limiting is on, as by default.
"""

from __future__ import annotations

import json
import logging
import queue
import statistics
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .client_bench import emulator_process

TASKS = 2000
DURATION = "1:20"
INTERVAL = 5.0
THREADS = 32


@dataclass
class Outcome:
    name: str
    calls: Counter[str] = field(default_factory=Counter)
    throttled: int = 0
    delays: list[float] = field(default_factory=list)
    cpu: float = 0.0
    wall: float = 0.0

    def line(self) -> str:
        calls = ", ".join(f"{a} {n}" for a, n in sorted(self.calls.items()))
        per_task = sum(self.calls.values()) / max(len(self.delays), 1)
        p50 = statistics.median(self.delays) if self.delays else float("nan")
        p99 = _p99(self.delays)
        return (
            f"{self.name:<30} tasks {len(self.delays):5d} | calls/task {per_task:5.2f} ({calls}) | "
            f"throttled {self.throttled} | delay p50 {p50:5.2f} s p99 {p99:5.2f} s | "
            f"CPU {self.cpu:5.2f} s | wall {self.wall:5.1f} s"
        )


def _p99(values: list[float]) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


class _CallCounter(logging.Handler):
    """Counts the client's one DEBUG line per attempt, by action, and the throttled ones."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(logging.DEBUG)
        self.outcome = outcome
        self.guard = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        if " attempt " not in str(record.msg):
            return
        action = str(record.args[0]) if record.args else "?"  # type: ignore[index]
        with self.guard:
            self.outcome.calls[action] += 1
            if "RequestLimitExceeded" in record.getMessage():
                self.outcome.throttled += 1


@contextmanager
def _emulator() -> Iterator[tuple[str, dict[str, float]]]:
    """An emulator process with the preloaded tasks; yields its endpoint and their finish times."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "tasks.jsonl"
        options = ("--preload", str(TASKS), "--preload-file", str(listing))
        with emulator_process(*options, "--task-duration", DURATION, "--seed", "7") as endpoint:
            finishes = {}
            for row in listing.read_text(encoding="utf-8").splitlines():
                task = json.loads(row)
                finishes[task["TaskId"]] = float(task["FinishAt"])
            yield endpoint, finishes


@contextmanager
def _counting(outcome: Outcome) -> Iterator[None]:
    logger = logging.getLogger("tencent_mps")
    handler = _CallCounter(outcome)
    previous = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


def _client(endpoint: str):  # type: ignore[no-untyped-def]
    from tencent_mps import Client
    from tencent_mps.testing import Emulator

    return Client(
        credentials=Emulator.DEFAULT_CREDENTIALS, region="ap-guangzhou", endpoint=endpoint
    )


def run_watch() -> Outcome:
    outcome = Outcome("watch_tasks")
    with _emulator() as (endpoint, finishes), _counting(outcome):
        client = _client(endpoint)
        c0, t0 = time.process_time(), time.monotonic()
        for response in client.watch_tasks(
            list(finishes), interval=INTERVAL, timeout=120, since=time.time() - 60
        ):
            assert response.workflow_task is not None and response.status == "FINISH"
            outcome.delays.append(time.time() - finishes[str(response.workflow_task.task_id)])
        outcome.cpu, outcome.wall = time.process_time() - c0, time.monotonic() - t0
        client.close()
    return outcome


def run_threads() -> Outcome:
    outcome = Outcome(f"wait_for_task x {THREADS} threads")
    with _emulator() as (endpoint, finishes), _counting(outcome):
        client = _client(endpoint)
        todo: queue.Queue[str] = queue.Queue()
        for task_id in finishes:
            todo.put(task_id)
        lock = threading.Lock()

        def work() -> None:
            while True:
                try:
                    task_id = todo.get_nowait()
                except queue.Empty:
                    return
                client.wait_for_task(task_id, interval=INTERVAL, timeout=120)
                with lock:
                    outcome.delays.append(time.time() - finishes[task_id])

        c0, t0 = time.process_time(), time.monotonic()
        workers = [threading.Thread(target=work) for _ in range(THREADS)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        outcome.cpu, outcome.wall = time.process_time() - c0, time.monotonic() - t0
        client.close()
    return outcome


def run() -> list[str]:
    lines = [
        f"following {TASKS} tasks of {DURATION.replace(':', '-')} s, interval {INTERVAL:g} s "
        "(emulator in its own process, quotas on):"
    ]
    for outcome in (run_watch(), run_threads()):
        lines.append("  " + outcome.line())
    return lines


if __name__ == "__main__":
    for text in run():
        print(text, flush=True)
