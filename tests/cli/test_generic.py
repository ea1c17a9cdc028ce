"""``tencent-mps <action>``: the generic command of every action, against the emulator."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from tencent_mps.cli import EXIT_OK, EXIT_USAGE
from tencent_mps.testing import Emulator

from .conftest import Result, cli, run


def _at(emu: Emulator, capsys: pytest.CaptureFixture[str], *argv: str) -> Result:
    return run(capsys, *argv, "--endpoint", emu.endpoint)


def _json(result: Result) -> Any:
    assert result.code == EXIT_OK, result.err
    return json.loads(result.out)


def _templates(emu: Emulator, capsys: pytest.CaptureFixture[str], definition: int) -> list[Any]:
    got = _json(_at(emu, capsys, "describe-transcode-templates", "--definitions", str(definition)))
    return list(got["TranscodeTemplateSet"])


def _sent(emu: Emulator, action: str) -> int:
    return sum(1 for c in emu.calls if c.action == action)


# -- a template's whole life, by flags and by --request --------------------------------------


def test_template_round_trip_by_flags(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    created = _json(
        _at(
            emulator,
            capsys,
            "create-transcode-template",
            "--container",
            "mp4",
            "--name",
            "by-flags",
            "--remove-video",
            "0",
            "--video-template",
            '{"Codec": "libx264", "Fps": 25, "Bitrate": 1000}',
            "--remove-audio",
            "1",
        )
    )
    definition = created["Definition"]
    assert isinstance(definition, int)

    (template,) = _templates(emulator, capsys, definition)
    assert (template["Name"], template["Container"], template["Type"]) == (
        "by-flags",
        "mp4",
        "Custom",
    )
    assert template["VideoTemplate"]["Fps"] == 25

    modified = _at(
        emulator, capsys, "modify-transcode-template", "--definition", str(definition),
        "--name", "renamed",
    )  # fmt: skip
    assert modified.code == EXIT_OK, modified.err
    assert [t["Name"] for t in _templates(emulator, capsys, definition)] == ["renamed"]

    deleted = _at(emulator, capsys, "delete-transcode-template", "--definition", str(definition))
    assert deleted.code == EXIT_OK, deleted.err
    after = _at(emulator, capsys, "describe-transcode-templates", "--definitions", str(definition))
    gone = after.code != EXIT_OK or not json.loads(after.out)["TranscodeTemplateSet"]
    assert gone, after.out


def test_template_round_trip_by_request_with_flags_overriding(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    request = tmp_path / "create.json"
    request.write_text(
        json.dumps({"Container": "flv", "Name": "from-file", "RemoveVideo": 1, "RemoveAudio": 0})
    )
    created = _json(
        _at(emulator, capsys, "create-transcode-template", "--request", str(request),
            "--name", "flag-wins", "--audio-template", '{"Codec": "aac", "Bitrate": 128, '
            '"SampleRate": 44100}')
    )  # fmt: skip
    (template,) = _templates(emulator, capsys, created["Definition"])
    assert (template["Name"], template["Container"], template["RemoveVideo"]) == (
        "flag-wins",
        "flv",
        1,
    )

    modify = tmp_path / "modify.json"
    modify.write_text(json.dumps({"Definition": created["Definition"], "Name": "file-name"}))
    assert _at(emulator, capsys, "modify-transcode-template", "--request", str(modify)).code == 0
    assert [t["Name"] for t in _templates(emulator, capsys, created["Definition"])] == ["file-name"]

    delete = tmp_path / "delete.json"
    delete.write_text(json.dumps({"Definition": created["Definition"]}))
    assert _at(emulator, capsys, "delete-transcode-template", "--request", str(delete)).code == 0
    assert _sent(emulator, "DeleteTranscodeTemplate") == 1


def test_request_from_standard_input(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    body = json.dumps({"Container": "hls", "Name": "stdin", "RemoveVideo": 1, "RemoveAudio": 1})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(body.encode())))
    created = _json(_at(emulator, capsys, "create-transcode-template", "--request", "-"))
    (template,) = _templates(emulator, capsys, created["Definition"])
    assert (template["Name"], template["Container"]) == ("stdin", "hls")


def test_object_flag_from_a_file(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    video = tmp_path / "video.json"
    video.write_text(json.dumps({"Codec": "libx265", "Fps": 30, "Bitrate": 2000}))
    created = _json(
        _at(emulator, capsys, "create-transcode-template", "--container", "mp4",
            "--remove-video", "0", "--video-template", f"@{video}", "--remove-audio", "1")
    )  # fmt: skip
    (template,) = _templates(emulator, capsys, created["Definition"])
    assert template["VideoTemplate"]["Codec"] == "libx265"


def test_pascal_case_alias_is_the_same_command(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    created = _json(
        _at(emulator, capsys, "CreateTranscodeTemplate", "--container", "mp4", "--name",
            "alias", "--remove-video", "1", "--remove-audio", "1")
    )  # fmt: skip
    got = _json(
        _at(emulator, capsys, "DescribeTranscodeTemplates", "--definitions",
            str(created["Definition"]))
    )  # fmt: skip
    assert [t["Name"] for t in got["TranscodeTemplateSet"]] == ["alias"]
    helped = run(capsys, "CreateTranscodeTemplate", "--help")
    assert helped.code == EXIT_OK
    assert "usage: tencent-mps CreateTranscodeTemplate" in helped.out


def test_list_flag_repeated_or_one_json_list(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    repeated = _json(
        _at(emulator, capsys, "describe-transcode-templates", "--definitions", "100010",
            "--definitions", "100020")
    )  # fmt: skip
    as_json = _json(
        _at(emulator, capsys, "describe-transcode-templates", "--definitions", "[100010, 100020]")
    )
    names = sorted(str(t["Definition"]) for t in repeated["TranscodeTemplateSet"])
    assert names == ["100010", "100020"]
    assert sorted(str(t["Definition"]) for t in as_json["TranscodeTemplateSet"]) == names


# -- usage errors: exit 2, one line naming the wire path, nothing sent -----------------------


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--container", "mp4", "--remove-video", "abc"], "RemoveVideo"),
        (["--container", "mp4", "--remove-video", "1.5"], "RemoveVideo"),
        (["--name", "no-container"], "Container"),
        (["--container", "mp4", "--video-template", '{"Fps": "fast"}'], "VideoTemplate.Fps"),
        (["--container", "mp4", "--video-template", "{not json"], "VideoTemplate"),
        (["--container", "mp4", "--video-template", "[1, 2]"], "VideoTemplate"),
        (["--container", "mp4", "--video-template", '{"Nope": 1}'], "VideoTemplate.Nope"),
    ],
)
def test_bad_values_are_usage_errors_naming_the_wire_path(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    result = _at(emulator, capsys, "create-transcode-template", *argv)
    assert result.code == EXIT_USAGE
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert expected in lines[0]
    assert emulator.calls == []


def test_list_item_of_the_wrong_kind_names_its_index(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _at(
        emulator, capsys, "describe-transcode-templates", "--definitions", "10",
        "--definitions", "x",
    )  # fmt: skip
    assert result.code == EXIT_USAGE
    assert "Definitions[1]" in result.err
    assert "expected an integer" in result.err
    assert emulator.calls == []


def test_unknown_flag_is_a_one_line_usage_error(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _at(emulator, capsys, "create-transcode-template", "--container", "mp4", "--bogus")
    assert result.code == EXIT_USAGE
    assert result.err.count("\n") == 1
    assert "--bogus" in result.err and "create-transcode-template --help" in result.err
    assert emulator.calls == []


def test_unknown_field_in_request_file(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    request = tmp_path / "r.json"
    request.write_text(json.dumps({"Container": "mp4", "VideoTemplate": {"Codex": "h264"}}))
    result = _at(emulator, capsys, "create-transcode-template", "--request", str(request))
    assert result.code == EXIT_USAGE
    assert "VideoTemplate.Codex" in result.err
    assert emulator.calls == []


def test_request_checked_before_credentials_are_looked_for(
    no_credentials: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run(capsys, "create-transcode-template", "--remove-video", "0")
    assert result.code == EXIT_USAGE  # not 6 (no credentials): the request was refused first
    assert "Container" in result.err


def test_inline_secret_is_refused_but_a_file_is_taken(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    storage = {
        "Type": "AWS-S3",
        "S3InputInfo": {"S3Bucket": "b", "S3Region": "us-east-1", "S3Object": "/a.png",
                        "S3SecretId": "id", "S3SecretKey": "do-not-show"},
    }  # fmt: skip
    inline = _at(emulator, capsys, "process-image", "--input-info", json.dumps(storage))
    assert inline.code == EXIT_USAGE
    assert "InputInfo.S3InputInfo.S3Secret" in inline.err
    assert "do-not-show" not in inline.err
    assert emulator.calls == []

    path = tmp_path / "input.json"
    path.write_text(json.dumps(storage))
    from_file = _at(emulator, capsys, "process-image", "--input-info", f"@{path}",
                    "--definition", "10")  # fmt: skip
    assert "is a secret" not in from_file.err
    assert _sent(emulator, "ProcessImage") == 1


# -- --skeleton ------------------------------------------------------------------------------


def test_skeleton_filled_in_is_accepted(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shown = run(capsys, "create-transcode-template", "--skeleton")
    assert shown.code == EXIT_OK
    skeleton = json.loads(shown.out)
    assert skeleton["Container"] == "" and skeleton["RemoveVideo"] == 0
    assert isinstance(skeleton["VideoTemplate"], dict) and "Fps" in skeleton["VideoTemplate"]
    filled = {
        "Container": "mp4",
        "Name": "from-skeleton",
        "RemoveVideo": skeleton["RemoveVideo"],
        "RemoveAudio": 1,
        "VideoTemplate": {**skeleton["VideoTemplate"], "Codec": "libx264", "Fps": 24},
    }
    filled["VideoTemplate"] = {k: v for k, v in filled["VideoTemplate"].items() if v != ""}
    path = tmp_path / "filled.json"
    path.write_text(json.dumps(filled))
    created = _json(_at(emulator, capsys, "create-transcode-template", "--request", str(path)))
    (template,) = _templates(emulator, capsys, created["Definition"])
    assert template["Name"] == "from-skeleton" and template["VideoTemplate"]["Fps"] == 24


def test_skeleton_sends_nothing_and_needs_no_credentials(
    no_credentials: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = run(capsys, "process-media", "--skeleton")  # the hand-written name, a generic flag
    assert shown.code == EXIT_OK, shown.err
    skeleton = json.loads(shown.out)
    assert skeleton["InputInfo"]["CosInputInfo"]["Bucket"] == ""
    assert skeleton["MediaProcessTask"]["TranscodeTaskSet"][0]["Definition"] == 0


# -- output ----------------------------------------------------------------------------------


def test_query_filters_the_json(emulator: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    result = _at(
        emulator, capsys, "describe-transcode-templates", "--definitions", "100010",
        "--query", "TranscodeTemplateSet[0].Container",
    )  # fmt: skip
    assert result.code == EXIT_OK, result.err
    assert json.loads(result.out) == "mp4"


def test_bad_query_is_refused_before_sending(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _at(emulator, capsys, "describe-transcode-templates", "--query", "[[")
    assert result.code == EXIT_USAGE
    assert "--query" in result.err
    assert emulator.calls == []


def test_query_without_jmespath_says_how_to_get_it(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "jmespath", None)  # as if not installed
    result = _at(emulator, capsys, "describe-transcode-templates", "--query", "RequestId")
    assert result.code == EXIT_USAGE
    assert "pip install 'tencent-mps[cli]'" in result.err
    assert emulator.calls == []


def test_table_output_shows_the_main_list_and_the_fields(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _at(
        emulator, capsys, "describe-transcode-templates", "--definitions", "100010",
        "--output", "table",
    )  # fmt: skip
    assert result.code == EXIT_OK, result.err
    lines = result.out.splitlines()
    assert lines[0] == "TranscodeTemplateSet (1):"
    header = lines[1].split()
    assert "DEFINITION" in header and "CONTAINER" in header
    row = lines[2].split()
    assert row[header.index("DEFINITION")] == "100010"
    assert any(line.split()[:2] == ["TotalCount", "1"] for line in lines)
    assert any(line.startswith("RequestId") for line in lines)


def test_all_follows_every_page(emulator: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    total = _json(_at(emulator, capsys, "describe-transcode-templates"))["TotalCount"]
    assert total > 4
    before = _sent(emulator, "DescribeTranscodeTemplates")
    result = _at(emulator, capsys, "describe-transcode-templates", "--all", "--limit", "3")
    assert result.code == EXIT_OK, result.err
    items = [json.loads(line) for line in result.out.splitlines()]
    assert len(items) == total
    assert len({str(i["Definition"]) for i in items}) == total
    assert _sent(emulator, "DescribeTranscodeTemplates") - before >= -(-total // 3)


def test_all_with_query_applies_to_each_item(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _at(
        emulator, capsys, "describe-transcode-templates", "--all", "--limit", "4",
        "--query", "Container",
    )  # fmt: skip
    assert result.code == EXIT_OK, result.err
    containers = [json.loads(line) for line in result.out.splitlines()]
    assert containers and all(isinstance(c, str) for c in containers)


def test_all_is_only_offered_where_there_are_pages(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _at(emulator, capsys, "create-transcode-template", "--container", "mp4", "--all")
    assert result.code == EXIT_USAGE
    assert emulator.calls == []


# -- --wait ----------------------------------------------------------------------------------


def test_wait_follows_an_image_task(emulator: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    result = _at(
        emulator, capsys, "process-image",
        "--input-info", '{"Type": "URL", "UrlInputInfo": {"Url": "https://example.com/a.png"}}',
        "--output-storage",
        '{"Type": "COS", "CosOutputStorage": {"Bucket": "out-1250000000", "Region": "ap-guangzhou"}}',
        "--definition", "10", "--wait", "--interval", "0.1", "--output", "json",
    )  # fmt: skip
    assert result.code == EXIT_OK, result.err
    final = json.loads(result.out)
    assert final["Status"] == "FINISH"
    assert final["ImageProcessTaskResultSet"][0]["Status"] == "SUCCESS"
    assert "started TaskId" in result.err
    assert "FINISH 100%" in result.err
    assert _sent(emulator, "DescribeImageTaskDetail") >= 2


def test_interval_needs_wait(emulator: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    result = _at(emulator, capsys, "process-image", "--definition", "10", "--interval", "1")
    assert result.code == EXIT_USAGE
    assert "--interval goes with --wait" in result.err
    assert emulator.calls == []


def test_wait_only_where_a_waiter_follows(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _at(emulator, capsys, "create-transcode-template", "--container", "mp4", "--wait")
    assert result.code == EXIT_USAGE


# -- the hand-written commands keep their flags, with the generic ones on top ----------------


def test_process_media_special_flags_still_work(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _at(
        emulator, capsys, "process-media", "--input-cos", "in-1250000000:ap-guangzhou:/a.mp4",
        "--transcode", "100010",
    )  # fmt: skip
    assert result.code == EXIT_OK, result.err
    assert result.out.strip() and "{" not in result.out  # the TaskId alone


def test_process_media_takes_the_generic_flags(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _at(
        emulator, capsys, "process-media",
        "--input-info", '{"Type": "COS", "CosInputInfo": {"Bucket": "in-1250000000", '
        '"Region": "ap-guangzhou", "Object": "/a.mp4"}}',
        "--media-process-task", '{"TranscodeTaskSet": [{"Definition": 100010}]}',
        "--output", "json",
    )  # fmt: skip
    assert result.code == EXIT_OK, result.err
    assert json.loads(result.out)["TaskId"]
    assert _sent(emulator, "ProcessMedia") == 1


# -- help and completion ---------------------------------------------------------------------


def test_action_help_describes_every_flag(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "create-transcode-template", "--help")
    assert result.code == EXIT_OK
    text = " ".join(result.out.split())
    assert "Creates a user-defined transcoding template" in text
    assert "--container TEXT" in text
    assert "known values: mp4, flv" in text and "required]" in text
    assert "--video-template JSON" in text and "object VideoTemplateInfo" in text
    assert "--remove-video INT" in text
    assert "example: tencent-mps create-transcode-template --" in text
    assert "--skeleton" in text and "--query EXPR" in text
    flags = {line.split()[0] for line in result.out.splitlines() if line.startswith("  --")}
    assert "--all" not in flags and "--wait" not in flags  # neither pages nor a task
    assert {"--container", "--request", "--output", "--endpoint"} <= flags


def test_help_shows_units_and_list_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    from tencent_mps._commands import SPECS

    action = next(a for a, s in SPECS.items() if '"px"' in s)
    result = run(capsys, action, "--help")
    assert result.code == EXIT_OK
    assert "in px" in " ".join(result.out.split())
    listing = run(capsys, "describe-transcode-templates", "--help")
    text = " ".join(listing.out.split())
    assert "list of int" in text and "--all follow every page" in text


def test_program_help_lists_the_families(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "--help")
    assert result.code == EXIT_OK
    assert "Templates (" in result.out
    assert "create-transcode-template" in result.out
    assert "process-media" in result.out and "completion" in result.out


def test_completion_candidates(capsys: pytest.CaptureFixture[str]) -> None:
    commands = run(capsys, "__complete", "create-transcode-t")
    assert commands.out.split() == ["create-transcode-template"]
    flags = run(capsys, "__complete", "create-transcode-template", "--video")
    assert flags.out.split() == ["--video-template"]
    values = run(capsys, "__complete", "describe-transcode-templates", "--output", "")
    assert values.out.split() == ["table", "json"]
    both = run(capsys, "__complete", "process-media", "--input-")
    assert {"--input-url", "--input-cos", "--input-info"} <= set(both.out.split())


@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_completion_script(shell: str, capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "completion", shell)
    assert result.code == EXIT_OK
    assert "tencent-mps __complete" in result.out
    assert ("complete -o default -F" if shell == "bash" else "compdef _tencent_mps") in result.out


def test_bash_completion_runs(tmp_path: Path) -> None:
    import shutil
    import subprocess

    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash on this machine")
    shim = tmp_path / "tencent-mps"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m tencent_mps "$@"\n')
    shim.chmod(0o755)
    script = cli("completion", "bash").stdout
    line = (
        f"{script}\nCOMP_WORDS=(tencent-mps describe-transcode-templates --defin); COMP_CWORD=2;"
        ' _tencent_mps; printf "%s\\n" "${COMPREPLY[@]}"'
    )
    done = subprocess.run(
        [bash, "--norc", "-c", line],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": f"{tmp_path}:/usr/bin:/bin"},
        check=False,
    )
    assert done.stdout.split() == ["--definitions"], done.stderr


def test_generic_command_does_not_load_the_client() -> None:
    import subprocess

    code = (
        "import sys\n"
        "from tencent_mps.cli import main\n"
        "assert main(['create-transcode-template', '--skeleton']) == 0\n"
        "print('tencent_mps.client' in sys.modules, 'tencent_mps.async_client' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.splitlines()[-1] == "False False"


def test_wait_timeout_exits_4(credentials: None, capsys: pytest.CaptureFixture[str]) -> None:
    with Emulator(task_duration=30) as emu:
        result = _at(
            emu, capsys, "process-image",
            "--input-info", '{"Type": "URL", "UrlInputInfo": {"Url": "https://example.com/a.png"}}',
            "--definition", "10", "--wait", "--interval", "0.1", "--timeout", "0.5",
        )  # fmt: skip
    assert result.code == 4, result.err
    assert "timed out" in result.err
    assert result.out == ""


def test_unknown_command_names_the_closest(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "create-transcode-templat")
    assert result.code == EXIT_USAGE
    assert result.err.count("\n") == 1
    assert "did you mean create-transcode-template" in result.err
    assert run(capsys, "CreateTranscodeTemplat").err.count("CreateTranscodeTemplate") == 1


def _capture(emu: Emulator, action: str, answer: dict[str, Any]) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []

    def handler(params: Any) -> dict[str, Any]:
        seen.append(dict(params))
        return dict(answer)

    emu.on(action, handler)
    return seen


def test_process_media_special_flags_mix_with_the_generic_ones(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    seen = _capture(emulator, "ProcessMedia", {"TaskId": "t-mixed"})
    result = _at(
        emulator, capsys, "process-media", "--input-cos", "in-1250000000:ap-guangzhou:/a.mp4",
        "--transcode", "100010", "--tasks-priority", "5", "--session-context", "ctx",
    )  # fmt: skip
    assert result.code == EXIT_OK, result.err
    assert result.out.strip() == "t-mixed"
    (sent,) = seen
    assert (sent["TasksPriority"], sent["SessionContext"]) == (5, "ctx")
    assert sent["MediaProcessTask"]["TranscodeTaskSet"] == [{"Definition": 100010}]

    request = tmp_path / "pm.json"
    request.write_text(json.dumps({**sent, "TasksPriority": 1}))
    again = _at(emulator, capsys, "process-media", "--request", str(request),
                "--tasks-priority", "9", "--output-dir", "/over/")  # fmt: skip
    assert again.code == EXIT_OK, again.err
    assert (seen[1]["TasksPriority"], seen[1]["OutputDir"]) == (9, "/over/")


def test_process_media_kind_error_on_a_generic_flag(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _at(
        emulator, capsys, "process-media", "--input-cos", "in-1250000000:ap-guangzhou:/a.mp4",
        "--transcode", "100010", "--tasks-priority", "abc",
    )  # fmt: skip
    assert result.code == EXIT_USAGE
    assert "TasksPriority" in result.err and result.err.count("\n") == 1
    assert emulator.calls == []


def test_describe_task_detail_generic_and_hand_written_agree(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    task = emulator.process_media({
        "InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "https://example.com/a.mp4"}},
        "OutputStorage": {"Type": "COS", "CosOutputStorage": {"Bucket": "o-1250000000",
                                                               "Region": "ap-guangzhou"}},
        "MediaProcessTask": {"TranscodeTaskSet": [{"Definition": 100010}]},
    })  # fmt: skip
    generic = _at(emulator, capsys, "DescribeTaskDetail", "--task-id", task, "--output", "json")
    own = _at(emulator, capsys, "describe-task-detail", task, "--output", "json")
    assert generic.code == own.code == EXIT_OK, generic.err + own.err
    mine, theirs = json.loads(generic.out), json.loads(own.out)
    assert mine["TaskType"] == theirs["TaskType"] == "WorkflowTask"
    assert mine["WorkflowTask"]["TaskId"] == task


def test_wait_on_process_media_by_the_alias_uses_the_task_view(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from .conftest import process_media_request

    request = tmp_path / "pm.json"
    request.write_text(json.dumps(process_media_request()))
    result = _at(emulator, capsys, "ProcessMedia", "--request", str(request), "--wait",
                 "--interval", "0.1", "--output", "json")  # fmt: skip
    assert result.code == EXIT_OK, result.err
    assert json.loads(result.out)["Status"] == "FINISH"
    assert "subtasks done" in result.err  # the progress line of describe-task-detail --wait


def test_wait_on_a_task_kind_without_a_task_view(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _at(emulator, capsys, "text-to-speech-async", "--text", "hello", "--voice-id", "v-1",
                 "--wait", "--interval", "0.1", "--output", "json")  # fmt: skip
    assert result.code == EXIT_OK, result.err
    final = json.loads(result.out)
    assert final["Status"] == "success"  # the waiter's success state
    progress = [line for line in result.err.splitlines() if not line.startswith("started")]
    assert progress and progress[-1] == final["Status"]  # the status path's values, line by line


def test_wait_on_a_failing_aigc_task_exits_3(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    emulator.fail_next("CreateAigcVideoTask")
    result = _at(emulator, capsys, "create-aigc-video-task", "--model-name", "Hunyuan",
                 "--prompt", "a cat", "--wait", "--interval", "0.1")  # fmt: skip
    assert result.code == 3, result.err
    assert result.err.splitlines()[-1].startswith("error:")
    assert "CreateAigcVideoTask" in {c.action for c in emulator.calls}
    assert "DescribeAigcVideoTask" in {c.action for c in emulator.calls}


def test_table_of_one_object_flattens_it_then_shows_its_lists(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _at(emulator, capsys, "DescribeTaskDetail", "--task-id",
                 Emulator.EXAMPLE_TASK_ID, "--output", "table")  # fmt: skip
    assert result.code == EXIT_OK, result.err
    lines = result.out.splitlines()
    assert lines[0].split() == ["TaskType", "WorkflowTask"]
    rows = {line.split()[0]: line.split()[1:] for line in lines if line.strip()}
    assert rows["WorkflowTask.InputInfo.Type"] == ["COS"]
    assert rows["WorkflowTask.Status"] == ["FINISH"]
    streams = lines.index("WorkflowTask.MetaData.VideoStreamSet (1):")
    assert streams > lines.index(next(line for line in lines if line.startswith("RequestId")))
    assert "CODEC" in lines[streams + 1].split()


def test_describe_tasks_takes_its_generic_flag_beside_its_own(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    seen = _capture(emulator, "DescribeTasks", {"TaskSet": [], "TotalCount": 0})
    result = _at(emulator, capsys, "describe-tasks", "--status", "finish",
                 "--sub-task-has-failed", "false", "--output", "json")  # fmt: skip
    assert result.code == EXIT_OK, result.err
    assert (seen[0]["Status"], seen[0]["SubTaskHasFailed"]) == ("FINISH", False)
    bad = _at(emulator, capsys, "describe-tasks", "--status", "FINISH",
              "--sub-task-has-failed", "maybe")  # fmt: skip
    assert bad.code == EXIT_USAGE and "true or false" in bad.err


def test_describe_task_detail_task_id_flag_with_wait(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    waited = _at(emulator, capsys, "describe-task-detail", "--task-id", Emulator.EXAMPLE_TASK_ID,
                 "--wait", "--output", "json")  # fmt: skip
    assert waited.code == EXIT_OK, waited.err
    assert json.loads(waited.out)["Status"] == "FINISH"
    before = len(emulator.calls)
    missing = _at(emulator, capsys, "describe-task-detail")
    assert missing.code == EXIT_USAGE and "TASK_ID" in missing.err
    twice = _at(emulator, capsys, "describe-task-detail", "a", "--task-id", "b")
    assert twice.code == EXIT_USAGE and "once" in twice.err
    assert len(emulator.calls) == before


# -- time fields ----------------------------------------------------------------------------


def test_time_flags_take_iso_text_and_refuse_other_text(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _at(
        emulator,
        capsys,
        "describe-image-tasks",
        "--status",
        "FINISH",
        "--start-time",
        "yesterday",
        "--output",
        "json",
    )
    assert bad.code == EXIT_USAGE and bad.out == ""
    assert "StartTime" in bad.err and len(bad.err.strip().splitlines()) == 1
    assert emulator.calls == []
    good = _at(
        emulator,
        capsys,
        "describe-image-tasks",
        "--status",
        "FINISH",
        "--start-time",
        "2026-01-01T00:00:00+08:00",
        "--output",
        "json",
    )
    assert good.code == EXIT_OK, good.err
    sent = [c for c in emulator.calls if c.action == "DescribeImageTasks"]
    assert len(sent) == 1
