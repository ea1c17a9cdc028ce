"""The flags every API command shares, and messages that say what to do on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tencent_mps.cli import (
    EXIT_API_ERROR,
    EXIT_CONFIG,
    EXIT_OK,
    EXIT_TIMEOUT,
    EXIT_TRANSPORT,
    EXIT_USAGE,
)
from tencent_mps.testing import Emulator

from .conftest import run
from .servers import Scripted, envelope, make_certificate

EXAMPLE = Emulator.EXAMPLE_TASK_ID
COMMANDS = {
    "describe-task-detail": ["describe-task-detail", EXAMPLE],
    "process-media": [
        "process-media",
        "--input-cos",
        "b-1250000000:ap-guangzhou:/a.mp4",
        "--transcode",
        "1",
    ],
    "describe-tasks": ["describe-tasks", "--status", "FINISH"],
    "watch": ["watch", EXAMPLE],
}


def describe(capsys: pytest.CaptureFixture[str], emu: Emulator, *argv: str) -> tuple[int, str, str]:
    r = run(capsys, "describe-task-detail", EXAMPLE, "--endpoint", emu.endpoint, *argv)
    return r.code, r.out, r.err


@pytest.mark.parametrize("command", ["describe-task-detail", "process-media"])
def test_interval_needs_wait(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    result = run(capsys, *COMMANDS[command], "--interval", "2", "--endpoint", emulator.endpoint)
    assert result.code == EXIT_USAGE
    assert "--interval goes with --wait" in result.err
    assert emulator.calls == []


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_timeout_is_meaningful_everywhere(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """Without --wait, --timeout bounds the command's calls: it is accepted, not an error."""
    result = run(capsys, *COMMANDS[command], "--timeout", "30", "--endpoint", emulator.endpoint)
    assert result.code == EXIT_OK, result.err


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        ("--timeout", "0", "must be > 0"),
        ("--timeout", "inf", "must be > 0"),
        ("--read-timeout", "-1", "must be > 0"),
        ("--max-attempts", "0", "from 1 to 100"),
        ("--max-attempts", "1.5", "from 1 to 100"),
        ("--interval", "nan", "must be > 0"),
    ],
)
def test_bad_numbers_are_usage_errors(
    capsys: pytest.CaptureFixture[str], flag: str, value: str, message: str
) -> None:
    result = run(capsys, "describe-task-detail", "t", "--wait", flag, value)
    assert result.code == EXIT_USAGE
    assert message in result.err


def test_abbreviated_flags_are_not_guessed(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "describe-task-detail", "t", "--wai")
    assert result.code == EXIT_USAGE


def test_debug_logs_each_attempt_without_secrets(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    emulator.inject("internal_error", times=1)
    code, _, err = describe(capsys, emulator, "--debug", "--output", "json")
    assert code == EXIT_OK
    lines = err.splitlines()
    assert lines[0].startswith("debug: DescribeTaskDetail attempt 1/3: ")
    assert "retrying in" in lines[0]
    assert lines[1].startswith("debug: DescribeTaskDetail attempt 2/3: HTTP 200")
    secret = Emulator.DEFAULT_CREDENTIALS.secret_key
    assert secret not in err and "Signature" not in err and "Authorization" not in err
    code, _, err = describe(capsys, emulator, "--output", "json")
    assert (code, err) == (EXIT_OK, "")  # the handler is gone after the command


def test_max_attempts(emulator: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    emulator.inject("internal_error", times=1)
    code, _, err = describe(capsys, emulator, "--max-attempts", "1")
    assert code == EXIT_API_ERROR and err.startswith("error: InternalError")
    emulator.inject("internal_error", times=1)
    assert describe(capsys, emulator, "--max-attempts", "2")[0] == EXIT_OK


def test_read_timeout(emulator: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    emulator.inject("delay", delay=3.0, times=1)
    code, _, err = describe(capsys, emulator, "--read-timeout", "0.3", "--max-attempts", "1")
    assert code == EXIT_TRANSPORT
    assert "read_timeout (0.3 s)" in err


def test_timeout_without_wait_bounds_the_call(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    emulator.inject("delay", delay=5.0, times=None)
    code, _, err = describe(capsys, emulator, "--timeout", "0.5")
    emulator.clear_faults()
    assert code == EXIT_TIMEOUT
    assert err.startswith("error: --timeout ran out (0.5 s): ")


def test_no_credentials_says_what_to_do_on_the_command_line(
    no_credentials: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run(capsys, "describe-task-detail", "t")
    assert result.code == EXIT_CONFIG
    text = result.err
    assert text.startswith("error: no Tencent Cloud credentials found (looked at: ")
    for hint in (
        "export TENCENTCLOUD_SECRET_ID=",
        "TENCENTCLOUD_SECRET_KEY",
        str(no_credentials / ".tencentcloud" / "credentials"),
        "--profile NAME",
        "CAM role",
        "TENCENT_MPS_CVM_METADATA_ENDPOINT",
        "TKE_ROLE_ARN",
    ):
        assert hint in text
    for python_advice in ("Credentials(", "credentials argument", "provider"):
        assert python_advice not in text


def test_a_missing_profile_is_named(
    no_credentials: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run(capsys, "describe-task-detail", "t", "--profile", "prod")
    assert result.code == EXIT_CONFIG
    assert "profile 'prod'" in result.err


def test_the_profile_flag_picks_a_section(
    no_credentials: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    creds = Emulator.DEFAULT_CREDENTIALS
    (no_credentials / ".tencentcloud").mkdir()
    (no_credentials / ".tencentcloud" / "credentials").write_text(
        f"[prod]\nsecret_id = {creds.secret_id}\nsecret_key = {creds.secret_key}\n"
    )
    with Emulator() as emu:
        result = run(
            capsys, "describe-task-detail", EXAMPLE, "--profile", "prod", "--endpoint", emu.endpoint
        )
    assert result.code == EXIT_OK, result.err


def test_plain_http_to_another_host_needs_allow_http(
    credentials: None, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run(capsys, "describe-task-detail", "t", "--endpoint", "http://192.0.2.1:9")
    assert result.code == EXIT_CONFIG
    assert "add --allow-http" in result.err and "allow_http" not in result.err
    allowed = run(
        capsys,
        "describe-task-detail",
        "t",
        "--endpoint",
        "http://192.0.2.1:9",
        "--allow-http",
        "--timeout",
        "1",
        "--max-attempts",
        "1",
    )
    assert allowed.code in (EXIT_TIMEOUT, EXIT_TRANSPORT)  # accepted, then unreachable


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        ("--endpoint", "mps.tencentcloudapi.com", "--endpoint must be a URL with a scheme"),
        ("--proxy", "socks5://127.0.0.1:1080", "--proxy must be an http:// or https:// URL"),
        ("--region", "ap guangzhou", "--region must look like"),
    ],
)
def test_bad_settings_name_their_flag(
    credentials: None, capsys: pytest.CaptureFixture[str], flag: str, value: str, message: str
) -> None:
    result = run(capsys, "describe-task-detail", "t", flag, value)
    assert result.code == EXIT_CONFIG
    assert result.err.startswith(f"error: {message}")


def test_a_bad_ca_bundle_names_the_flag(
    credentials: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    garbage = tmp_path / "ca.pem"
    garbage.write_text("not a certificate\n")
    result = run(capsys, "describe-task-detail", "t", "--ca-bundle", str(garbage))
    assert result.code == EXIT_CONFIG
    assert result.err.startswith("error: --ca-bundle ")


def test_tls_failures_show_their_cause_and_ca_bundle_fixes_them(
    credentials: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    certificate = make_certificate(tmp_path)
    answer = envelope({"TaskType": "WorkflowTask", "Status": "FINISH", "RequestId": "r"})
    with Scripted([answer], certificate=certificate) as server:
        refused = run(capsys, "describe-task-detail", "t", "--endpoint", server.endpoint)
        trusted = run(
            capsys,
            "describe-task-detail",
            "t",
            "--endpoint",
            server.endpoint,
            "--ca-bundle",
            str(certificate[0]),
            "--output",
            "json",
        )
    assert refused.code == EXIT_TRANSPORT
    assert "TLS error: certificate verify failed" in refused.err
    assert "--ca-bundle FILE" in refused.err
    assert trusted.code == EXIT_OK, trusted.err
    assert json.loads(trusted.out)["Status"] == "FINISH"


def test_a_proxy_is_used(credentials: None, capsys: pytest.CaptureFixture[str]) -> None:
    """An http:// endpoint through an HTTP proxy: the request goes to the proxy."""
    answer = envelope({"TaskType": "WorkflowTask", "Status": "FINISH", "RequestId": "r"})
    with Scripted([answer]) as proxy:
        result = run(
            capsys,
            "describe-task-detail",
            "t",
            "--endpoint",
            "http://mps.invalid:8080",
            "--allow-http",
            "--proxy",
            proxy.endpoint,
            "--output",
            "json",
        )
        received = list(proxy.received)
    assert result.code == EXIT_OK, result.err
    assert received == [b'{"TaskId": "t"}']
