"""``tencent-mps describe-tasks``: one page with a hint, every page with --all, filters."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest

from tencent_mps import Client
from tencent_mps.cli import EXIT_OK, EXIT_USAGE
from tencent_mps.testing import Emulator
from tencent_mps_lib.cli._parser import iso_time

from .conftest import process_media_request, run


@pytest.fixture()
def finished(credentials: None) -> Iterator[tuple[Emulator, list[str]]]:
    """An emulator with 7 finished ProcessMedia tasks (their IDs, newest first)."""
    with Emulator(task_duration=0.0) as emu:
        ids = [emu.process_media(process_media_request()) for _ in range(7)]
        yield emu, ids[::-1]


def listing(
    capsys: pytest.CaptureFixture[str], emu: Emulator, *argv: str
) -> tuple[int, list[str], str]:
    result = run(capsys, "describe-tasks", *argv, "--endpoint", emu.endpoint)
    ids = [json.loads(line)["TaskId"] for line in result.out.splitlines()]
    return result.code, ids, result.err


def test_one_page_and_a_hint_for_more(
    finished: tuple[Emulator, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    emu, ids = finished
    code, first, err = listing(capsys, emu, "--status", "FINISH", "--limit", "3")
    assert code == EXIT_OK
    assert len(first) == 3 and set(first) <= set(ids)
    assert "add --all" in err
    token = re.search(r"--scroll-token (\S+)", err)
    assert token is not None
    code, second, _ = listing(
        capsys, emu, "--status", "FINISH", "--limit", "3", "--scroll-token", token.group(1)
    )
    assert code == EXIT_OK
    assert len(second) == 3 and not set(first) & set(second)


def test_all_follows_the_scroll_token_across_pages(
    finished: tuple[Emulator, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    emu, ids = finished
    code, listed, err = listing(capsys, emu, "--status", "finish", "--limit", "2", "--all")
    assert (code, err) == (EXIT_OK, "")
    assert len(listed) == len(set(listed))  # each task once
    assert set(ids) <= set(listed)
    pages = [c for c in emu.calls if c.action == "DescribeTasks"]
    assert len(pages) >= 4  # 7 tasks, 2 per page


def test_table_has_one_row_per_task(
    finished: tuple[Emulator, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    emu, ids = finished
    result = run(
        capsys,
        "describe-tasks",
        "--status",
        "FINISH",
        "--all",
        "--output",
        "table",
        "--endpoint",
        emu.endpoint,
    )
    assert result.code == EXIT_OK
    header, *rows = result.out.splitlines()
    assert header.split() == ["TASK", "ID", "TYPE", "CREATED", "FINISHED", "SUBTASKS"]
    by_id = {row.split()[0]: row.split() for row in rows}
    assert set(ids) <= set(by_id)
    row = by_id[ids[0]]
    assert row[1] == "WorkflowTask"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", row[2])
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", row[3])
    assert row[4] != "-"  # the subtask types


def test_an_empty_listing(emulator: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    table = run(
        capsys,
        "describe-tasks",
        "--status",
        "WAITING",
        "--output",
        "table",
        "--endpoint",
        emulator.endpoint,
    )
    assert (table.code, table.out, table.err) == (EXIT_OK, "No WAITING tasks.\n", "")
    lines = run(capsys, "describe-tasks", "--status", "WAITING", "--endpoint", emulator.endpoint)
    assert (lines.code, lines.out, lines.err) == (EXIT_OK, "", "")


def test_failed_and_no_failed_filter_on_failed_subtasks(
    credentials: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with Emulator(task_duration=0.0) as emu:
        good = emu.process_media(process_media_request())
        bad = emu.add_progressing_task(subtasks=2, fail_subtasks=(1,), seconds_per_step=0.001)
        with Client(endpoint=emu.endpoint) as client:  # listed as FINISH once it has finished
            client.wait_for_task(bad, interval=0.01, timeout=60)
        _, failed, _ = listing(capsys, emu, "--status", "FINISH", "--failed", "--all")
        _, fine, _ = listing(capsys, emu, "--status", "FINISH", "--no-failed", "--all")
    assert bad in failed and good not in failed
    assert good in fine and bad not in fine


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--status", "DONE"], "must be one of WAITING, PROCESSING, FINISH"),
        ([], "the following arguments are required: --status"),
        (["--status", "FINISH", "--limit", "101"], "must be from 1 to 100"),
        (["--status", "FINISH", "--start-time", "yesterday"], "expected an ISO 8601 time"),
    ],
)
def test_usage_errors(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    result = run(capsys, "describe-tasks", *argv, "--endpoint", emulator.endpoint)
    assert result.code == EXIT_USAGE
    assert message in result.err
    assert emulator.calls == []


def test_times_are_sent_as_utc_iso_8601() -> None:
    assert iso_time("2024-05-01") == "2024-05-01T00:00:00Z"
    assert iso_time("2024-05-01T10:00:00+08:00") == "2024-05-01T02:00:00Z"
    assert iso_time("2024-05-01T10:00:00Z") == "2024-05-01T10:00:00Z"


def test_a_time_window_is_applied(
    finished: tuple[Emulator, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    emu, ids = finished
    code, listed, _ = listing(
        capsys, emu, "--status", "FINISH", "--all", "--end-time", "2000-01-01T00:00:00Z"
    )
    assert code == EXIT_OK
    assert not set(ids) & set(listed)
