"""Run every benchmark section and print ratios against the references measured in this run."""

from __future__ import annotations

import platform
import sys

from . import models_bench


def main() -> int:
    print(
        f"tencent-mps benchmarks on CPython {platform.python_version()} ({platform.machine()}); ratio = ours / reference, lower is better"
    )
    rows = models_bench.run()
    for row in rows:
        print(row.line())
    print(
        f"{'make generate (schema -> formatted package)':<58} {models_bench.generate_seconds():.2f} s"
    )
    return 0


sys.exit(main())
