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


def per_call_us(fn: Callable[[], Any], *, min_time: float = 0.4, repeat: int = 5) -> float:
    """Best-of-``repeat`` microseconds per call (timeit's autorange picks the loop count)."""
    timer = timeit.Timer(fn)
    number, _ = timer.autorange()
    number = max(1, int(number * min_time / 0.2))
    return min(timer.repeat(repeat=repeat, number=number)) / number * 1e6


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


def fresh_process_ms(code: str, *, runs: int = 15) -> float:
    """Median wall time of ``python -c code`` in a new interpreter, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times)


def cpu_ms(fn: Callable[[], Any], calls: int) -> float:
    """Process CPU time per call of ``fn``, in milliseconds (network waits do not count)."""
    start = time.process_time()
    for _ in range(calls):
        fn()
    return (time.process_time() - start) / calls * 1e3
