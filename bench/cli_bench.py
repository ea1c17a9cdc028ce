"""Wall time of ``tencent-mps`` commands, each a fresh process, against the emulator in its own.

``python -m bench.cli_bench [RUNS]`` prints the median, fastest and slowest of RUNS runs
(default 15) of each command: what a user waits for at the prompt, interpreter start included.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from .client_bench import emulator_process


def _commands(endpoint: str) -> dict[str, list[str]]:
    from tencent_mps.testing import Emulator

    task = Emulator.EXAMPLE_TASK_ID
    cli = os.path.join(os.path.dirname(sys.executable), "tencent-mps")
    where = ["--endpoint", endpoint]
    return {
        "describe-task-detail --output json": [
            cli, "describe-task-detail", task, *where, "--output", "json",
        ],
        "describe-task-detail --output table": [
            cli, "describe-task-detail", task, *where, "--output", "table",
        ],
        "process-media (flags, prints the TaskId)": [
            cli, "process-media", "--input-cos", "b-1250000000:ap-guangzhou:/a.mp4",
            "--transcode", "100010", *where,
        ],
        "describe-tasks --status FINISH": [cli, "describe-tasks", "--status", "FINISH", *where],
    }  # fmt: skip


def _compile() -> None:
    """Bytecode for every module, as an installed copy has it (this machine sets
    PYTHONDONTWRITEBYTECODE, so an editable checkout would recompile on every start)."""
    import compileall
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    for folder in ("generated", "runtime"):
        compileall.compile_dir(root / folder, quiet=1)


def run(runs: int = 15) -> list[str]:
    from tencent_mps.testing import Emulator

    _compile()
    creds = Emulator.DEFAULT_CREDENTIALS
    env = {
        **os.environ,
        "TENCENTCLOUD_SECRET_ID": creds.secret_id,
        "TENCENTCLOUD_SECRET_KEY": creds.secret_key,
        "TENCENT_MPS_CVM_METADATA_DISABLED": "1",
    }
    lines = []
    with emulator_process() as endpoint:
        commands = _commands(endpoint)
        for command in commands.values():  # warm the file cache
            subprocess.run(command, env=env, check=True, capture_output=True)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):  # interleaved, so that load changes touch every command alike
            for name, command in commands.items():
                start = time.perf_counter()
                subprocess.run(command, env=env, check=True, capture_output=True)
                times[name].append((time.perf_counter() - start) * 1e3)
    for name, ms in times.items():
        lines.append(
            f"tencent-mps {name:<42} median {statistics.median(ms):6.0f} ms "
            f"(min {min(ms):.0f}, max {max(ms):.0f}, {runs} runs)"
        )
    return lines


if __name__ == "__main__":
    for line in run(int(sys.argv[1]) if len(sys.argv) > 1 else 15):
        print(line)
