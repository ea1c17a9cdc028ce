"""Run every benchmark section and print ratios against the references measured in this run."""

from __future__ import annotations

import compileall
import platform
import sys
from pathlib import Path

from . import async_bench, client_bench, emulator_bench, models_bench, scale_bench, watch_bench


def main() -> int:
    # Measure the package as an installed copy would run: with compiled bytecode (this machine
    # sets PYTHONDONTWRITEBYTECODE, so an editable checkout would recompile on every start).
    # The hand-written runtime too: its bytecode goes stale whenever a source file changes.
    root = Path(__file__).resolve().parent.parent
    for folder in ("generated", "runtime"):
        compileall.compile_dir(root / folder, quiet=1)
    print(
        f"tencent-mps benchmarks on CPython {platform.python_version()} ({platform.machine()}); ratio = ours / reference, lower is better"
    )
    for section in (models_bench, client_bench, async_bench, scale_bench):
        for row in section.run():
            print(row.line(), flush=True)
    for line in watch_bench.run():
        print(line, flush=True)
    for line in emulator_bench.run():
        print(line, flush=True)
    print(
        f"{'make generate (schema -> formatted package)':<58} {models_bench.generate_seconds():.2f} s"
    )
    return 0


sys.exit(main())
