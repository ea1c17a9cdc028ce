"""``tencent-mps watch``: one JSON line per finished task, a summary, exit codes, --from-file."""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tencent_mps import Client
from tencent_mps.cli import EXIT_OK, EXIT_SUBTASKS_FAILED, EXIT_TIMEOUT, EXIT_USAGE
from tencent_mps.testing import Emulator
from tencent_mps_lib.cli._watch import read_ids

from .conftest import Result, child_env, cli_command, process_media_request, run


def task_ids_of(out: str) -> list[str]:
    return [json.loads(line)["WorkflowTask"]["TaskId"] for line in out.splitlines()]


def watch(capsys: pytest.CaptureFixture[str], emu: Emulator, *argv: str) -> Result:
    return run(capsys, "watch", *argv, "--interval", "0.2", "--endpoint", emu.endpoint)


def test_many_tasks_each_printed_once_as_it_finishes(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = [emulator.process_media(process_media_request()) for _ in range(40)]
    result = watch(capsys, emulator, *ids, "--timeout", "120")
    assert result.code == EXIT_OK, result.err
    printed = task_ids_of(result.out)
    assert sorted(printed) == sorted(ids)
    for line in result.out.splitlines():
        task = json.loads(line)
        assert task["Status"] == "FINISH" and "RequestId" in task
        assert ": " not in line.split('"')[0]  # compact separators
    assert result.err == "watch: 40 tasks: 40 finished (0 with failed subtasks), 0 unfinished\n"


def test_ids_from_a_file_and_from_standard_input(
    emulator: Emulator,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    ids = [emulator.process_media(process_media_request()) for _ in range(4)]
    file = tmp_path / "ids.txt"
    file.write_text(f"# tonight's batch\n{ids[0]}\n\n  {ids[1]}  # the long one\n{ids[0]}\n")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{ids[2]}\n"))
    result = watch(capsys, emulator, ids[3], "--from-file", str(file))
    assert result.code == EXIT_OK, result.err
    assert sorted(task_ids_of(result.out)) == sorted([ids[0], ids[1], ids[3]])
    from_stdin = watch(capsys, emulator, "--from-file", "-")
    assert task_ids_of(from_stdin.out) == [ids[2]]


def test_failed_subtasks_exit_3(emulator: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    good = emulator.add_progressing_task(subtasks=2, seconds_per_step=0.05)
    bad = emulator.add_progressing_task(subtasks=2, fail_subtasks=(0,), seconds_per_step=0.05)
    result = watch(capsys, emulator, good, bad)
    assert result.code == EXIT_SUBTASKS_FAILED
    assert sorted(task_ids_of(result.out)) == sorted([good, bad])
    assert "2 finished (1 with failed subtasks), 0 unfinished" in result.err


def test_a_timeout_names_the_unfinished_tasks(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    done = emulator.add_progressing_task(seconds_per_step=0.01)
    with Client(endpoint=emulator.endpoint) as client:  # finished before the watch begins
        client.wait_for_task(done, interval=0.01, timeout=60)
    stuck = [emulator.add_progressing_task(steps=4, polls_per_step=10**6) for _ in range(2)]
    result = watch(capsys, emulator, done, *stuck, "--timeout", "1.5")
    assert result.code == EXIT_TIMEOUT
    assert task_ids_of(result.out) == [done]
    lines = result.err.splitlines()
    assert lines[0] == "watch: 3 tasks: 1 finished (0 with failed subtasks), 2 unfinished"
    assert lines[1] == "error: timed out after 1.5 s: 2 unfinished"
    assert sorted(lines[2:]) == sorted(f"unfinished: {t}" for t in stuck)


def test_unfinished_ids_can_go_to_a_file(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    stuck = emulator.add_progressing_task(steps=4, polls_per_step=10**6)
    file = tmp_path / "left.txt"
    result = watch(capsys, emulator, stuck, "--timeout", "0.5", "--unfinished-file", str(file))
    assert result.code == EXIT_TIMEOUT
    assert file.read_text() == f"{stuck}\n"
    assert f"written to {file}" in result.err and f"unfinished: {stuck}" not in result.err


def test_usage_errors(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert watch(capsys, emulator).code == EXIT_USAGE
    bad = tmp_path / "ids.txt"
    bad.write_text("one id\n")
    result = watch(capsys, emulator, "--from-file", str(bad))
    assert result.code == EXIT_USAGE and "line 1: expected one task ID per line" in result.err
    missing = watch(capsys, emulator, "--from-file", str(tmp_path / "nope"))
    assert missing.code == EXIT_USAGE and "cannot read" in missing.err
    assert watch(capsys, emulator, "t", "--interval", "0").code == EXIT_USAGE
    assert emulator.calls == []


def test_read_ids_skips_blank_lines_and_comments() -> None:
    assert read_ids(["a\n", "\n", "# c\n", " b # x\n", "c\r\n"], "f") == ["a", "b", "c"]


def test_a_progress_bar_on_a_terminal(emulator: Emulator) -> None:
    ids = [emulator.process_media(process_media_request()) for _ in range(3)]
    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen(
            cli_command("watch", *ids, "--interval", "0.2", "--endpoint", emulator.endpoint),
            stdout=subprocess.PIPE,
            stderr=slave,
            env=child_env(TERM="xterm"),
            text=True,
        )
        os.close(slave)
        out, _ = proc.communicate(timeout=120)
        terminal = _drain(master)
    finally:
        os.close(master)
    assert proc.returncode == EXIT_OK
    assert sorted(task_ids_of(out)) == sorted(ids)
    assert (
        "\r[------------------------------] 0/3 done, 0 with failed subtasks, 3 running" in terminal
    )
    assert "] 3/3 done, 0 with failed subtasks, 0 running" in terminal
    assert "\r\x1b[K" in terminal  # the bar is erased before each line and at the end
    assert terminal.rstrip("\r\n").endswith("0 unfinished")


def _drain(fd: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the other side is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode()
