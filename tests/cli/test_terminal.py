"""What the service sends cannot take over the terminal; JSON output stays valid JSON."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from tencent_mps.cli import EXIT_API_ERROR, EXIT_OK
from tencent_mps.models import DescribeTaskDetailResponse
from tencent_mps_lib.cli._progress import ProgressReporter
from tencent_mps_lib.cli._terminal import escape_text, json_text, table

from .conftest import child_env, cli, run
from .servers import Scripted, envelope, error_envelope

HOSTILE = "\x1b[2J\rmoved\nerror: fake \u202egnp.exe\u200b \ud800 end"


def hostile_task(status: str = "FINISH") -> dict[str, Any]:
    return {
        "TaskType": "WorkflowTask",
        "Status": status,
        "SessionContext": HOSTILE,  # CreateTime is a time now: refused unless it is one
        "WorkflowTask": {
            "TaskId": "t-1",
            "Status": status,
            "MediaProcessResultSet": [
                {
                    "Type": "Transcode",
                    "TranscodeTask": {
                        "Status": "FAIL\x1b[31m",
                        "ErrCode": 1,
                        "ErrCodeExt": "Bad\nerror: fake",
                        "Message": HOSTILE,
                        "Output": {"Path": "/out/\x1b]0;title\x07.mp4"},
                    },
                }
            ],
        },
        "RequestId": "rid\x1b[2J",
    }


def assert_safe(text: str) -> None:
    """No character that a terminal would act on, and no line that only looks like ours."""
    for char in "\x1b\r\x07\u202e\u200b\ud800":
        assert char not in text
    assert not any(line.startswith("error: fake") for line in text.splitlines())


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("plain text, 中文, émoji 🎬", "plain text, 中文, émoji 🎬"),
        ("\x1b[2J", "\\x1b[2J"),
        ("a\r\nb", "a\\x0d\\x0ab"),
        ("\x7f\x85", "\\x7f\\x85"),
        ("\u202eevil", "\\u202eevil"),
        ("zero\u200bwidth\ufeff", "zero\\u200bwidth\\ufeff"),
        ("lone \ud800", "lone \\ud800"),
        ("tag \U000e0041", "tag \\U000e0041"),
        ("line\u2028sep", "line\\u2028sep"),
    ],
)
def test_escape_text(raw: str, shown: str) -> None:
    assert escape_text(raw) == shown
    shown.encode("ascii" if shown.isascii() else "utf-8")  # always encodable


def test_json_text_is_valid_json_whatever_the_strings() -> None:
    value = {"a": HOSTILE, "tag": "\U000e0041", "ok": "中文"}
    for indent in (None, 2):
        for ascii_only in (False, True):
            text = json_text(value, indent=indent, ascii_only=ascii_only)
            assert_safe(text)
            assert json.loads(text) == value
            text.encode("ascii" if ascii_only else "utf-8")
    assert "中文" in json_text(value)
    with pytest.raises(ValueError):
        json_text({"x": float("nan")})


def test_table_pads_wide_characters_by_their_width() -> None:
    out = io.StringIO()
    table([["中文", "x"], ["ab", "y"], ["\x1b", "z"]], out)
    assert out.getvalue().splitlines() == ["中文  x", "ab    y", "\\x1b  z"]


def describe_hostile(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    with Scripted([envelope(hostile_task())]) as server:
        return run(capsys, "describe-task-detail", "t-1", "--endpoint", server.endpoint, *argv)


def test_table_output_escapes_what_the_server_sent(
    credentials: None, capsys: pytest.CaptureFixture[str]
) -> None:
    result = describe_hostile(capsys, "--output", "table")
    assert result.code == 3  # the subtask failed
    assert_safe(result.out)
    assert "\\x1b[2J\\x0dmoved\\x0aerror: fake \\u202egnp.exe" in result.out
    assert "Bad\\x0aerror: fake" in result.out


def test_json_output_is_valid_and_keeps_every_character(
    credentials: None, capsys: pytest.CaptureFixture[str]
) -> None:
    result = describe_hostile(capsys, "--output", "json")
    assert_safe(result.out)
    answer = json.loads(result.out)
    assert answer["SessionContext"] == HOSTILE  # the data is intact, only written safely
    assert answer["WorkflowTask"]["MediaProcessResultSet"][0]["TranscodeTask"]["Message"] == HOSTILE


def test_api_error_messages_stay_on_one_escaped_line(
    credentials: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with Scripted([error_envelope("ResourceNotFound", HOSTILE)]) as server:
        result = run(capsys, "describe-task-detail", "t", "--endpoint", server.endpoint)
    assert result.code == EXIT_API_ERROR
    assert_safe(result.err)
    (line,) = result.err.splitlines()
    assert line.startswith("error: ResourceNotFound: \\x1b[2J")
    assert line.endswith("(request id rid-hostile)")


def test_progress_lines_are_escaped(credentials: None, capsys: pytest.CaptureFixture[str]) -> None:
    polls = [envelope(hostile_task("PROCESSING\x1b[2J\nerror: fake")), envelope(hostile_task())]
    with Scripted(polls) as server:
        result = run(
            capsys,
            "describe-task-detail",
            "t-1",
            "--wait",
            "--interval",
            "0.01",
            "--endpoint",
            server.endpoint,
            "--output",
            "json",
        )
    assert result.code == 3
    assert_safe(result.err)
    assert result.err.splitlines()[0].startswith("PROCESSING\\x1b[2J\\x0aerror: fake")


def test_the_live_bar_is_escaped_too() -> None:
    stream = io.StringIO()
    bar = ProgressReporter(stream, live=True)
    bar.update(DescribeTaskDetailResponse.from_dict({"Status": "\x1b[2J\rX"}))
    bar.close()
    assert "\\x1b[2J\\x0dX" in stream.getvalue()
    assert stream.getvalue().count("\x1b") == 1  # only our own erase-line sequence


def test_describe_tasks_and_watch_escape_too(
    credentials: None, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = envelope({"TaskSet": [{"TaskId": HOSTILE, "TaskType": "\x1b[2J"}], "RequestId": "r"})
    with Scripted([listing]) as server:
        table_ = run(
            capsys,
            "describe-tasks",
            "--status",
            "FINISH",
            "--output",
            "table",
            "--endpoint",
            server.endpoint,
        )
        lines = run(capsys, "describe-tasks", "--status", "FINISH", "--endpoint", server.endpoint)
    assert table_.code == lines.code == EXIT_OK
    assert_safe(table_.out)
    assert_safe(lines.out)
    assert json.loads(lines.out)["TaskId"] == HOSTILE


@pytest.mark.parametrize("encoding", ["utf-8", "ascii", "latin-1"])
def test_any_output_encoding_works_with_surrogates_and_chinese(encoding: str) -> None:
    task = hostile_task()
    task["WorkflowTask"]["Message"] = "转码完成"
    with Scripted([envelope(task)]) as server:
        for output in ("table", "json"):
            proc = cli(
                "describe-task-detail",
                "t-1",
                "--endpoint",
                server.endpoint,
                "--output",
                output,
                env=child_env(PYTHONIOENCODING=encoding),
            )
            assert proc.returncode == 3, proc.stderr
            assert "Traceback" not in proc.stderr
            assert_safe(proc.stdout)
            if output == "json":
                assert json.loads(proc.stdout)["WorkflowTask"]["Message"] == "转码完成"
