"""The command line as a process: hard deadlines, broken pipes, Ctrl-C, busy ports, the demo."""

from __future__ import annotations

import io
import json
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tencent_mps.cli import EXIT_CONFIG, EXIT_INTERRUPTED, EXIT_OK, EXIT_TIMEOUT
from tencent_mps.testing import Emulator
from tencent_mps_lib.cli._run import HardStop

from .conftest import child_env, cli, cli_command, process_media_request
from .servers import Silent

#: An upper bound for a command given --timeout 3 (startup, credentials and a slow machine).
BOUND = 15.0


@pytest.fixture()
def silent() -> Iterator[Silent]:
    with Silent() as server:
        yield server


@pytest.mark.parametrize(
    "argv",
    [
        ["describe-task-detail", "t", "--wait", "--interval", "1"],
        ["describe-task-detail", "t"],
        ["process-media", "--input-cos", "b-1250000000:ap-guangzhou:/a.mp4", "--transcode", "1"],
        [
            "process-media",
            "--input-cos",
            "b-1250000000:ap-guangzhou:/a.mp4",
            "--transcode",
            "1",
            "--wait",
        ],
        ["describe-tasks", "--status", "FINISH", "--all"],
        ["watch", "t1", "t2", "--interval", "1"],
    ],
    ids=[
        "describe-wait",
        "describe",
        "process-media",
        "process-media-wait",
        "describe-tasks",
        "watch",
    ],
)
def test_timeout_bounds_the_whole_command_against_a_silent_server(
    silent: Silent, argv: list[str]
) -> None:
    start = time.monotonic()
    proc = cli(*argv, "--timeout", "3", "--endpoint", silent.endpoint, timeout=120)
    elapsed = time.monotonic() - start
    assert proc.returncode == EXIT_TIMEOUT, proc.stderr
    assert elapsed < BOUND
    assert "Traceback" not in proc.stderr
    assert "error:" in proc.stderr


def test_a_timed_out_submission_says_the_task_may_exist(silent: Silent) -> None:
    proc = cli(
        "process-media",
        "--input-cos",
        "b-1250000000:ap-guangzhou:/a.mp4",
        "--transcode",
        "1",
        "--timeout",
        "2",
        "--endpoint",
        silent.endpoint,
    )
    assert proc.returncode == EXIT_TIMEOUT
    assert "the task may exist" in proc.stderr and "--session-id" in proc.stderr


def test_a_refused_submission_surely_created_nothing() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    proc = cli(
        "process-media",
        "--input-cos",
        "b-1250000000:ap-guangzhou:/a.mp4",
        "--transcode",
        "1",
        "--endpoint",
        f"http://127.0.0.1:{port}",
    )
    assert proc.returncode == 5
    assert "connection refused" in proc.stderr
    assert "may exist" not in proc.stderr


def test_hard_stop_ends_an_overrunning_command() -> None:
    exits: list[int] = []
    err = io.StringIO()
    stop = HardStop(0.01, err, limit=3.0, exit=exits.append).start()
    deadline = time.monotonic() + 30
    while not exits and time.monotonic() < deadline:
        time.sleep(0.01)
    stop.cancel()
    assert exits == [EXIT_TIMEOUT]
    assert "did not end within --timeout (3 s)" in err.getvalue()
    cancelled: list[int] = []
    HardStop(0.05, io.StringIO(), limit=1.0, exit=cancelled.append).start().cancel()
    time.sleep(0.2)
    assert cancelled == []


def test_a_closed_pipe_ends_the_command_quietly(credentials: None) -> None:
    with Emulator(task_duration=0.0) as emu:
        for _ in range(600):
            emu.process_media(process_media_request())
        proc = subprocess.Popen(
            cli_command(
                "describe-tasks",
                "--status",
                "FINISH",
                "--all",
                "--limit",
                "100",
                "--endpoint",
                emu.endpoint,
            ),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_env(),
        )
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()  # like `| head -1`: read one line, then go away
        proc.stdout.close()
        err = proc.stderr.read()
        code = proc.wait(timeout=120)
    assert json.loads(first)["TaskId"]
    assert code == EXIT_OK
    assert err == b""


def test_ctrl_c_exits_130_quietly(credentials: None) -> None:
    with Emulator() as emu:
        task = emu.add_progressing_task(steps=4, polls_per_step=10**6)
        proc = subprocess.Popen(
            cli_command(
                "describe-task-detail",
                task,
                "--wait",
                "--interval",
                "0.2",
                "--endpoint",
                emu.endpoint,
            ),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_env(),
            text=True,
        )
        assert proc.stderr is not None
        first = proc.stderr.readline()  # the first progress line: the wait has begun
        proc.send_signal(signal.SIGINT)
        _, rest = proc.communicate(timeout=60)
    assert first.startswith("WAITING")
    assert proc.returncode == EXIT_INTERRUPTED
    assert rest.strip().endswith("interrupted")
    assert "Traceback" not in rest


@pytest.fixture()
def busy_port() -> Iterator[int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        yield s.getsockname()[1]


def test_the_emulator_on_a_busy_port_is_a_configuration_error(busy_port: int) -> None:
    proc = cli("emulator", "--port", str(busy_port), timeout=60)
    assert proc.returncode == EXIT_CONFIG
    assert "error: cannot start the emulator" in proc.stderr


def test_listen_on_a_busy_port_is_a_configuration_error(busy_port: int) -> None:
    proc = cli(
        "listen", "--port", str(busy_port), env=child_env(TENCENT_MPS_NOTIFY_KEY="k"), timeout=60
    )
    assert proc.returncode == EXIT_CONFIG
    assert f"cannot listen on 127.0.0.1:{busy_port}" in proc.stderr


def test_demo_runs_the_whole_job(tmp_path: Path) -> None:
    """``make demo`` as CI runs it: no terminal, TERM unset, no credentials of the user's."""
    env = child_env(HOME=str(tmp_path))
    for name in ("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "TERM"):
        env.pop(name, None)
    proc = cli("demo", "--task-duration", "2", env=env, timeout=180)
    assert proc.returncode == EXIT_OK, proc.stdout + proc.stderr
    out = proc.stdout
    assert "$ tencent-mps process-media --input-url " in out
    assert "--notify-url http://127.0.0.1:" in out and " --wait " in out
    assert "Status      FINISH (100%)" in out
    assert "_transcode_100010.mp4" in out and "_transcode_100020.mp4" in out
    notification = out[out.index("2. The notification") :]
    assert "EventType  WorkflowTask" in notification
    assert "Status     FINISH" in notification
    assert "Signature  verified" in notification
    task_id = out.split("Task        ", 1)[1].split()[0]
    assert f"TaskId     {task_id}" in notification
    assert "$ tencent-mps describe-tasks --status FINISH" in out
    assert out.count(task_id) >= 3  # the table, the notification and the listing
    assert "FINISH 100% (2/2 subtasks done)" in proc.stderr
    assert "\r" not in proc.stderr  # no terminal: plain lines


def test_demo_follows_a_real_task_with_credentials(
    credentials: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tencent_mps_lib.cli import _demo

    commands: list[list[str]] = []

    def fake_run(command: list[str], env: dict[str, str]) -> int:
        commands.append(command)
        return EXIT_OK

    monkeypatch.setattr(_demo, "_run", fake_run)
    assert _demo.run_demo("real-task-id", task_duration=6.0) == EXIT_OK
    assert commands == [["tencent-mps", "describe-task-detail", "real-task-id", "--wait"]]
