"""Timing and memory helpers shared by the benchmark sections."""

from __future__ import annotations

import gc
import statistics
import subprocess
import sys
import time
import timeit
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass
class Row:
    """One comparison: ours against a reference; ``ratio`` = ours / reference (lower is better)."""

    what: str
    ours: float
    reference: float
    unit: str
    target: str = ""
    reference_name: str = "official SDK"

    @property
    def ratio(self) -> float:
        return self.ours / self.reference

    def line(self) -> str:
        t = f"  target {self.target}" if self.target else ""
        return (
            f"{self.what:<58} ours {self.ours:10.2f} {self.unit:<3} | {self.reference_name} "
            f"{self.reference:10.2f} {self.unit:<3} | ratio {self.ratio:5.2f}x{t}"
        )


def per_call_us(*fns: Callable[[], Any], rounds: int = 7, min_time: float = 0.2) -> list[float]:
    """Best-of-``rounds`` microseconds per call of each function.

    The functions are timed in turn within every round, so that a change in machine load during
    the run affects all of them alike (this machine is shared; single runs are noisy).
    """
    timers = [timeit.Timer(fn) for fn in fns]
    numbers = [max(1, int(t.autorange()[0] * min_time / 0.2)) for t in timers]
    best = [float("inf")] * len(fns)
    for _ in range(rounds):
        for i, (timer, number) in enumerate(zip(timers, numbers, strict=True)):
            best[i] = min(best[i], timer.timeit(number) / number * 1e6)
    return best


def retained_bytes(build: Callable[[], Any]) -> int:
    """Bytes still allocated while the object built by ``build`` is alive."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    obj = build()
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del obj
    return after - before


def _run_ms(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return (time.perf_counter() - start) * 1e3


def fresh_process_ms(ours: str, reference: str, *, runs: int = 15) -> tuple[float, float]:
    """Median wall time (ms) of ``python -c code`` in a new interpreter, for two programs.

    Runs alternate between the two, so that a change in machine load hits both alike.
    """
    _run_ms("pass")  # warm the file cache
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        a.append(_run_ms(ours))
        b.append(_run_ms(reference))
    return statistics.median(a), statistics.median(b)


def cpu_ms(fn: Callable[[], Any], calls: int) -> float:
    """Process CPU time per call of ``fn``, in milliseconds (network waits do not count)."""
    start = time.process_time()
    for _ in range(calls):
        fn()
    return (time.process_time() - start) / calls * 1e3
