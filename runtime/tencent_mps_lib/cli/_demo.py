"""``tencent-mps demo`` (``make demo``): the whole job in under a minute.

With credentials (environment or profile file) and a task ID, it follows that task on the real
service. Otherwise it starts the local emulator with a task that progresses and runs the real
command line, ``tencent-mps describe-task-detail TASK --wait``, against it in a child process.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys


def run_demo(task_id: str | None, *, seconds_per_step: float) -> int:
    if task_id:
        if _have_credentials():
            return _run(
                ["tencent-mps", "describe-task-detail", task_id, "--wait"], dict(os.environ)
            )
        print("No credentials found (TENCENTCLOUD_SECRET_ID/KEY or ~/.tencentcloud/credentials):")
        print("showing the local emulator instead.\n")
    return _emulator_demo(seconds_per_step)


def _have_credentials() -> bool:
    from tencent_mps.errors import CredentialsError
    from tencent_mps_core.credentials import resolve_credentials

    try:
        resolve_credentials()
    except CredentialsError:
        return False
    return True


def _run(command: list[str], env: dict[str, str]) -> int:
    print(f"$ {shlex.join(command)}\n", flush=True)
    child = [sys.executable, "-m", "tencent_mps", *command[1:]]
    return subprocess.run(child, env=env, check=False).returncode


def _emulator_demo(seconds_per_step: float) -> int:
    from tencent_mps_lib.testing import Emulator

    with Emulator() as emu:
        task_id = emu.add_progressing_task(
            "2353030000-WorkflowTask-demo0000000000000000000000000000",
            subtasks=3,
            seconds_per_step=seconds_per_step,
        )
        creds = Emulator.DEFAULT_CREDENTIALS
        env = {
            **os.environ,
            "TENCENTCLOUD_SECRET_ID": creds.secret_id,
            "TENCENTCLOUD_SECRET_KEY": creds.secret_key,
            "TENCENTCLOUD_REGION": "ap-guangzhou",
        }
        env.pop("TENCENTCLOUD_TOKEN", None)
        command = [
            "tencent-mps",
            "describe-task-detail",
            task_id,
            "--wait",
            "--interval",
            "1",
            "--endpoint",
            emu.endpoint,
            "--output",
            "table",
        ]
        print(f"Local MPS emulator on {emu.endpoint}, example credentials in the environment.")
        return _run(command, env)
