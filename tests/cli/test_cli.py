"""The ``tencent-mps`` command line against the local emulator (real sockets, real signing)."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tencent_mps.cli import (
    EXIT_API_ERROR,
    EXIT_CONFIG,
    EXIT_OK,
    EXIT_SUBTASKS_FAILED,
    EXIT_TIMEOUT,
    EXIT_TRANSPORT,
    EXIT_USAGE,
    main,
)
from tencent_mps.testing import Emulator

from ..models.wire import strip_nulls


@pytest.fixture()
def emu(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Emulator]:
    with Emulator() as e:
        creds = Emulator.DEFAULT_CREDENTIALS
        monkeypatch.setenv("HOME", str(tmp_path))
        monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", creds.secret_id)
        monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", creds.secret_key)
        monkeypatch.delenv("TENCENTCLOUD_TOKEN", raising=False)
        yield e


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def describe(
    capsys: pytest.CaptureFixture[str], emu: Emulator, task_id: str, *options: str
) -> tuple[int, str, str]:
    """``tencent-mps describe-task-detail TASK_ID --endpoint <emulator> OPTIONS...``"""
    return run(capsys, "describe-task-detail", task_id, "--endpoint", emu.endpoint, *options)


def test_json_output_is_the_wire_response(
    emu: Emulator, capsys: pytest.CaptureFixture[str], example_response: dict[str, Any]
) -> None:
    code, out, err = describe(capsys, emu, Emulator.EXAMPLE_TASK_ID, "--output", "json")
    assert (code, err) == (EXIT_OK, "")
    got = json.loads(out)
    assert got.pop("RequestId") and example_response.pop("RequestId")
    assert got == strip_nulls(example_response)


def test_table_output_summarises_the_task(
    emu: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = describe(capsys, emu, Emulator.EXAMPLE_TASK_ID, "--output", "table")
    assert code == EXIT_OK
    lines = out.splitlines()
    assert lines[0].split() == ["Task", Emulator.EXAMPLE_TASK_ID]
    assert lines[1].split() == ["Type", "WorkflowTask"]
    assert lines[2].split() == ["Status", "FINISH", "(100%)"]
    assert "2019-07-16T06:21:27Z" in lines[3]
    header = next(line for line in lines if line.startswith("SUBTASK"))
    assert header.split() == ["SUBTASK", "KIND", "STATUS", "PROGRESS", "OUTPUT"]
    row = lines[lines.index(header) + 1].split()
    assert row == [
        "media_process_result_set[0].transcode_task",
        "Transcode",
        "SUCCESS",
        "100%",
        "cos://vodtestgz-235303****/hello/world/what/ever/videoplayback_transcode111_210.m3u8",
    ]


def test_wait_shows_progress_then_the_result(
    emu: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    task = emu.add_progressing_task(subtasks=2, steps=2, polls_per_step=1)
    code, out, err = describe(capsys, emu, task, "--wait", "--interval", "0.01", "--output", "json")
    assert code == EXIT_OK
    assert json.loads(out)["Status"] == "FINISH"
    progress = err.splitlines()
    assert progress[0].startswith("WAITING 0%")
    assert any(line.startswith("PROCESSING") for line in progress)
    assert progress[-1] == "FINISH 100% (2/2 subtasks done)"
    assert "\r" not in err  # not a terminal: plain lines


def test_api_error_is_one_line(emu: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = describe(capsys, emu, "no-such-task")
    assert code == EXIT_API_ERROR and out == ""
    (line,) = err.splitlines()
    assert line.startswith("error: ResourceNotFound: ") and "(request id " in line


def test_failed_subtasks_exit_3_and_are_listed(
    emu: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    task = emu.add_progressing_task(subtasks=2, steps=1, fail_subtasks=(1,))
    code, out, _ = describe(capsys, emu, task, "--wait", "--interval", "0.01", "--output", "table")
    assert code == EXIT_SUBTASKS_FAILED
    assert "Failed subtasks:" in out
    assert "media_process_result_set[1].transcode_task: InternalError" in out


def test_wait_timeout_exits_4(emu: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    task = emu.add_progressing_task(subtasks=1, steps=4, polls_per_step=1000)
    code, _, err = describe(capsys, emu, task, "--wait", "--interval", "0.01", "--timeout", "0.05")
    assert code == EXIT_TIMEOUT
    assert err.splitlines()[-1].startswith(
        f"error: timed out after 0.05 s waiting for {task}; last status "
    )


def test_unreachable_service_exits_5(emu: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    code, _, err = run(
        capsys, "describe-task-detail", "t", "--endpoint", f"http://127.0.0.1:{port}"
    )
    assert code == EXIT_TRANSPORT
    assert err.startswith("error: TransportError: ")


def test_missing_credentials_exit_6(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in (
        "TENCENTCLOUD_SECRET_ID",
        "TENCENTCLOUD_SECRET_KEY",
        "TENCENTCLOUD_TOKEN",
        "TENCENTCLOUD_PROFILE",
    ):
        monkeypatch.delenv(name, raising=False)
    code, _, err = run(capsys, "describe-task-detail", "t")
    assert code == EXIT_CONFIG
    assert "TENCENTCLOUD_SECRET_ID" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["describe-task-detail"])
    assert info.value.code == EXIT_USAGE
    with pytest.raises(SystemExit) as info:
        main(["describe-task-detail", "t", "--interval", "-1"])
    assert info.value.code == EXIT_USAGE
    assert "must be > 0" in capsys.readouterr().err


def test_help_documents_exit_codes() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tencent_mps", "describe-task-detail", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "exit codes:" in out and "task finished with failed subtasks" in out


def test_live_progress_bar_on_a_terminal() -> None:
    import io

    from tencent_mps.models import DescribeTaskDetailResponse
    from tencent_mps_lib.cli._progress import ProgressReporter

    stream = io.StringIO()
    bar = ProgressReporter(stream, live=True)
    bar.update(
        DescribeTaskDetailResponse.from_dict(
            {
                "Status": "PROCESSING",
                "WorkflowTask": {
                    "MediaProcessResultSet": [
                        {
                            "Type": "Transcode",
                            "TranscodeTask": {"Status": "PROCESSING", "Progress": 50},
                        }
                    ]
                },
            }
        )
    )
    bar.close()
    assert (
        stream.getvalue()
        == "\r[" + "#" * 15 + "-" * 15 + "]  50%  PROCESSING 0/1 subtasks done\x1b[K\n"
    )


def test_demo_runs_the_whole_job_against_the_emulator(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "TENCENTCLOUD_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    # A real task ID but no credentials: the demo says so and falls back to the emulator, where
    # it submits a transcode with process-media --wait and shows the verified notification.
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "tencent_mps",
            "demo",
            "some-real-task",
            "--task-duration",
            "0.5",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == EXIT_OK, proc.stderr
    assert "No credentials found" in proc.stdout
    assert "$ tencent-mps process-media --input-url " in proc.stdout
    assert "Status      FINISH (100%)" in proc.stdout
    assert "Signature  verified" in proc.stdout
    progress = proc.stderr.splitlines()
    assert progress[0].startswith("started task ")
    assert re.match(r"(WAITING|PROCESSING|FINISH) \d+% \(\d/2 subtasks done\)$", progress[1])


def test_emulator_subcommand_serves_until_terminated() -> None:
    import signal

    from tencent_mps import Client

    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tencent_mps",
            "emulator",
            "--port",
            "0",
            "--progressing-task",
            "cli-task",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("MPS emulator listening on http://127.0.0.1:")
        endpoint = first.split()[-1]
        with Client(credentials=Emulator.DEFAULT_CREDENTIALS, endpoint=endpoint) as client:
            assert client.describe_task_detail(task_id=Emulator.EXAMPLE_TASK_ID).status == "FINISH"
            assert client.describe_task_detail(task_id="cli-task").status == "WAITING"
    finally:
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=20)
    assert proc.returncode == 0
    assert "emulator stopped" in out


def test_emulator_subcommand_takes_task_duration_seed_and_a_key_file(tmp_path: Path) -> None:
    import signal

    from tencent_mps import Client, models
    from tencent_mps_core.credentials import Credentials

    key_file = tmp_path / "emulator-key"
    key_file.write_text("cli-file-secret\n")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tencent_mps",
            "emulator",
            "--port",
            "0",
            "--secret-id",
            "AKIDcli",
            "--secret-key-file",
            str(key_file),
            "--task-duration",
            "0.2:0.5",
            "--seed",
            "3",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("MPS emulator listening on http://127.0.0.1:")
        credentials = Credentials("AKIDcli", "cli-file-secret")
        with Client(credentials=credentials, endpoint=first.split()[-1]) as client:
            created = client.process_media(
                models.MediaInputInfo(
                    type="COS",
                    cos_input_info=models.CosInputInfo(
                        bucket="b-1250000000", region="ap-guangzhou", object="/in/a.mp4"
                    ),
                ),
                media_process_task=models.MediaProcessTaskInput(
                    transcode_task_set=[models.TranscodeTaskInput(definition=100010)]
                ),
            )
            assert created.task_id is not None
            done = client.wait_for_task(created.task_id, interval=0.1, timeout=60)
            assert done.status == "FINISH"
            listed = client.describe_tasks(status="FINISH")
            assert created.task_id in [t.task_id for t in listed.task_set or []]
    finally:
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=20)
    assert proc.returncode == 0
    assert "cli-file-secret" not in first + out
