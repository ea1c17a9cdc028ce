"""``tencent-mps process-media``: flags, request files, validation before sending, --wait."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from tencent_mps.cli import EXIT_API_ERROR, EXIT_CONFIG, EXIT_OK, EXIT_USAGE
from tencent_mps.notifications import parse_notification
from tencent_mps.testing import Emulator

from .conftest import process_media_request, run
from .servers import Scripted, envelope

COS_INPUT = "in-1250000000:ap-guangzhou:/videos/a.mp4"


def submit(capsys: pytest.CaptureFixture[str], emu: Emulator, *argv: str) -> Any:
    return run(capsys, "process-media", *argv, "--endpoint", emu.endpoint)


def process_media_calls(emu: Emulator) -> list[Any]:
    return [c for c in emu.calls if c.action == "ProcessMedia"]


def test_flags_start_a_task_and_print_its_id(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    result = submit(capsys, emulator, "--input-cos", COS_INPUT, "--transcode", "100010")
    assert (result.code, result.err) == (EXIT_OK, "")
    task_id = result.out.strip()
    assert result.out == task_id + "\n"  # the TaskId alone, even in a pipe: $(...) takes it
    assert task_id in emulator.task_ids
    assert len(process_media_calls(emulator)) == 1


def test_json_output_is_the_wire_response(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    result = submit(
        capsys, emulator, "--input-cos", COS_INPUT, "--transcode", "100010", "--output", "json"
    )
    assert result.code == EXIT_OK
    answer = json.loads(result.out)
    assert answer["TaskId"] in emulator.task_ids and answer["RequestId"]


def test_wait_follows_the_task_and_prints_its_outputs(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    result = submit(
        capsys,
        emulator,
        "--input-url",
        "https://media.example.com/a.mp4",
        "--output-cos",
        "out-1250000000:ap-guangzhou",
        "--output-dir",
        "/out/",
        "--transcode",
        "100010",
        "--transcode",
        "100020",
        "--wait",
        "--interval",
        "0.1",
        "--output",
        "table",
    )
    assert result.code == EXIT_OK, result.err
    lines = result.out.splitlines()
    assert lines[2].split() == ["Status", "FINISH", "(100%)"]
    assert "cos://out-1250000000/out/a_transcode_100010.mp4" in result.out
    assert "cos://out-1250000000/out/a_transcode_100020.mp4" in result.out
    progress = result.err.splitlines()
    assert progress[0].startswith("started task 1250000000-WorkflowTask-")
    assert progress[-1] == "FINISH 100% (2/2 subtasks done)"


def test_wait_with_json_output(emulator: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    result = submit(
        capsys,
        emulator,
        "--input-cos",
        COS_INPUT,
        "--transcode",
        "100010",
        "--wait",
        "--interval",
        "0.1",
        "--output",
        "json",
    )
    assert result.code == EXIT_OK
    task = json.loads(result.out)
    assert task["Status"] == "FINISH"
    assert len(task["WorkflowTask"]["MediaProcessResultSet"]) == 1


def test_request_file_is_sent_as_written(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "request.json"
    path.write_text(json.dumps(process_media_request(OutputDir="/from-file/")))
    result = submit(capsys, emulator, "--request", str(path), "--wait", "--interval", "0.1")
    assert result.code == EXIT_OK, result.err
    task = json.loads(result.out)  # not a terminal: JSON
    outputs = [
        r["TranscodeTask"]["Output"]["Path"] for r in task["WorkflowTask"]["MediaProcessResultSet"]
    ]
    assert outputs == ["/from-file/a_transcode_100010.mp4", "/from-file/a_transcode_100020.mp4"]


def test_request_from_standard_input(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.dumps(process_media_request()).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    result = submit(capsys, emulator, "--request", "-")
    assert result.code == EXIT_OK, result.err
    assert result.out.strip() in emulator.task_ids


@pytest.mark.parametrize(
    ("request_body", "path"),
    [
        ({"MediaProcessTask": {"TranscodeTaskSet": [{"Definition": 1}]}}, "InputInfo"),
        (process_media_request(InputInfo={"CosInputInfo": {}}), "InputInfo.Type"),
        (
            process_media_request(InputInfo={"Type": "URL", "UrlInputInfo": {}}),
            "InputInfo.UrlInputInfo.Url",
        ),
        (
            process_media_request(MediaProcessTask={"TranscodeTaskSet": [{"Definition": 1}, {}]}),
            "MediaProcessTask.TranscodeTaskSet[1].Definition",
        ),
        (process_media_request(OutputDir=5), "OutputDir"),
        (process_media_request(TasksPriority="high"), "TasksPriority"),
        (process_media_request(Unheard=1), "Unheard"),
        (
            process_media_request(TaskNotifyConfig={"NotifyTipe": "URL"}),
            "TaskNotifyConfig.NotifyTipe",
        ),
    ],
)
def test_invalid_requests_name_the_wire_path_and_send_nothing(
    emulator: Emulator,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    request_body: dict[str, Any],
    path: str,
) -> None:
    file = tmp_path / "request.json"
    file.write_text(json.dumps(request_body))
    result = submit(capsys, emulator, "--request", str(file))
    assert result.code == EXIT_USAGE
    (line,) = result.err.splitlines()
    assert line.startswith(f"error: invalid request: {path}")
    assert "nothing was sent" in line
    assert emulator.calls == []


def test_flags_that_fail_validation_send_nothing(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    result = submit(capsys, emulator, "--input-url", "", "--output-cos", "b:r", "--transcode", "1")
    # An empty URL is a string: the check before sending passes it to the service, which refuses.
    assert result.code in (EXIT_USAGE, EXIT_API_ERROR)
    no_credentials_needed = submit(capsys, emulator, "--input-cos", "b:r:/k")
    assert no_credentials_needed.code == EXIT_USAGE
    assert "--transcode" in no_credentials_needed.err


def test_validation_comes_before_credentials(
    no_credentials: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    file = tmp_path / "request.json"
    file.write_text(json.dumps({"InputInfo": {"CosInputInfo": {}}}))
    result = run(capsys, "process-media", "--request", str(file))
    assert result.code == EXIT_USAGE
    assert result.err.startswith("error: invalid request: InputInfo.Type")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"InputInfo": ', "is not valid JSON: Expecting value (line 1, column 15)"),
        (b"[1, 2]", "must hold a JSON object"),
        (b'{"TasksPriority": NaN}', "is not valid JSON: NaN is not a JSON number"),
        (b"\xff\xfe", "is not UTF-8 text"),
    ],
)
def test_unreadable_request_files_are_usage_errors(
    emulator: Emulator,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    content: bytes,
    expected: str,
) -> None:
    file = tmp_path / "request.json"
    file.write_bytes(content)
    result = submit(capsys, emulator, "--request", str(file))
    assert result.code == EXIT_USAGE
    assert expected in result.err
    missing = submit(capsys, emulator, "--request", str(tmp_path / "nope.json"))
    assert missing.code == EXIT_USAGE and "cannot read" in missing.err
    assert emulator.calls == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--request", "r.json", "--input-url", "u", "--transcode", "1"],
            "drop --input-url, --transcode",
        ),
        (["--input-url", "u", "--input-cos", "b:r:/k"], "not allowed with argument"),
        (["--input-url", "https://a/b.mp4", "--transcode", "1"], "--input-url needs --output-cos"),
        (["--input-cos", "bucket-only", "--transcode", "1"], "expected BUCKET:REGION:/path"),
        (["--input-cos", "b:r:/k", "--transcode", "x"], "transcoding template ID"),
        (
            ["--input-cos", "b:r:/k", "--transcode", "1", "--interval", "2"],
            "--interval goes with --wait",
        ),
        (
            ["--input-cos", "b:r:/k", "--transcode", "1", "--notify-mode", "Change"],
            "go with --notify-url",
        ),
        ([], "give --request FILE"),
    ],
)
def test_flags_that_do_not_fit_are_usage_errors(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    result = submit(capsys, emulator, *argv)
    assert result.code == EXIT_USAGE
    assert message in result.err
    assert emulator.calls == []


def test_the_notify_key_is_never_taken_from_the_command_line(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--input-cos", "b:r:/k", "--transcode", "1", "--notify-url", "http://127.0.0.1:9/"]
    for flag in (["--notify-key", "s3cret-key"], ["--notify-key=s3cret-key"]):
        result = submit(capsys, emulator, *argv, *flag)
        assert result.code == EXIT_USAGE
        assert "TENCENT_MPS_NOTIFY_KEY" in result.err and "--notify-key-file" in result.err
        assert "s3cret-key" not in result.err
    assert emulator.calls == []


def test_notifications_are_signed_with_the_key_from_a_file(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    key_file = tmp_path / "notify.key"
    key_file.write_text("file-notify-key\n")
    with Scripted([b"ok"]) as receiver:
        result = submit(
            capsys,
            emulator,
            "--input-cos",
            COS_INPUT,
            "--transcode",
            "100010",
            "--notify-url",
            receiver.endpoint + "/events",
            "--notify-key-file",
            str(key_file),
            "--wait",
            "--interval",
            "0.1",
        )
        assert result.code == EXIT_OK, result.err
        (record,) = emulator.wait_for_notifications(1, timeout=30)
    assert record.delivered
    event = parse_notification(record.body, notify_key="file-notify-key")
    assert event.event_type == "WorkflowTask"
    assert "file-notify-key" not in result.out + result.err


def test_the_notify_key_comes_from_the_environment(
    emulator: Emulator,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TENCENT_MPS_NOTIFY_KEY", "env-notify-key")
    with Scripted([b"ok"]) as receiver:
        result = submit(
            capsys,
            emulator,
            "--input-cos",
            COS_INPUT,
            "--transcode",
            "100010",
            "--notify-url",
            receiver.endpoint,
            "--notify-mode",
            "Change",
        )
        assert result.code == EXIT_OK, result.err
        record = emulator.wait_for_notifications(1, timeout=30)[0]
    parse_notification(record.body, notify_key="env-notify-key")  # raises if signed otherwise


def test_a_missing_notify_key_file_is_a_configuration_error(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    secret_looking_path = tmp_path / "my-secret-key-text"
    result = submit(
        capsys,
        emulator,
        "--input-cos",
        COS_INPUT,
        "--transcode",
        "1",
        "--notify-url",
        "http://127.0.0.1:9/",
        "--notify-key-file",
        str(secret_looking_path),
    )
    assert result.code == EXIT_CONFIG
    assert "cannot read the --notify-key-file" in result.err
    assert "my-secret-key-text" not in result.err  # a key typed where the path goes stays hidden


def test_a_notify_url_without_key_warns(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    result = submit(
        capsys,
        emulator,
        "--input-cos",
        COS_INPUT,
        "--transcode",
        "1",
        "--notify-url",
        "http://127.0.0.1:9/",
    )
    assert result.code == EXIT_OK
    assert result.err.startswith("warning: no notify key")


def test_session_id_makes_a_second_submission_fail_instead_of_duplicating(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--input-cos", COS_INPUT, "--transcode", "100010", "--session-id", "job-42"]
    first = submit(capsys, emulator, *argv)
    second = submit(capsys, emulator, *argv)
    assert first.code == EXIT_OK
    assert second.code == EXIT_API_ERROR
    assert second.err.startswith("error: InvalidParameterValue.SessionId")
    assert len(emulator.task_ids) == 2  # the example task and the first submission


def test_an_answer_without_task_id_is_an_error(
    credentials: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with Scripted([envelope({"RequestId": "r"})]) as server:
        result = run(
            capsys,
            "process-media",
            "--input-cos",
            COS_INPUT,
            "--transcode",
            "1",
            "--endpoint",
            server.endpoint,
        )
    assert result.code == 5
    assert "without a TaskId" in result.err
