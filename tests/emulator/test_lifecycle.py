"""Starting and stopping, the quota window, the pytest plugin and the standalone command."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from tencent_mps.testing import Emulator
from tencent_mps_core.credentials import Credentials
from tencent_mps_lib.testing.checks._ratelimit import RateLimiter

from .helpers import FakeClock, LoopbackPort, call, signed_headers

Factory = Callable[..., Emulator]


def test_start_stop_and_restart() -> None:
    emu = Emulator()
    assert not emu.running
    with pytest.raises(RuntimeError):
        _ = emu.endpoint
    with emu:
        assert emu.endpoint == f"http://127.0.0.1:{emu.port}"
        with pytest.raises(RuntimeError):
            emu.start()
        assert call(emu).response["Status"] == "FINISH"
        port = emu.port
    assert not emu.running
    emu.stop()  # idempotent
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    with emu:  # a stopped emulator can start again, keeping its tasks and calls
        assert call(emu).response["Status"] == "FINISH"
        assert emu.call_count == 2


def test_stop_closes_kept_alive_connections() -> None:
    emu = Emulator().start()
    conn = http.client.HTTPConnection("127.0.0.1", emu.port, timeout=5)
    try:
        body = b'{"TaskId": "%s"}' % Emulator.EXAMPLE_TASK_ID.encode()
        conn.request("POST", "/", body=body, headers=signed_headers(emu, body))
        assert conn.getresponse().read()
        emu.stop()
        assert conn.sock is not None
        assert conn.sock.recv(1) == b""  # the server side closed the idle connection
    finally:
        conn.close()
        emu.stop()


def test_bad_constructor_arguments() -> None:
    with pytest.raises(ValueError):
        Emulator(rate_limit=0)
    with pytest.raises(ValueError):
        Emulator(port=70000)
    with pytest.raises(ValueError):
        Emulator(credentials=[])
    with pytest.raises(TypeError):
        Emulator(credentials=42)  # type: ignore[arg-type]


def test_repr_shows_no_key() -> None:
    with Emulator() as emu:
        text = repr(emu) + repr(Emulator.DEFAULT_CREDENTIALS)
    assert Emulator.DEFAULT_CREDENTIALS.secret_key not in text
    assert "127.0.0.1" in text


def test_rate_limiter_window_slides() -> None:
    clock = FakeClock(100.0)
    limiter = RateLimiter(2, clock)
    assert [limiter.admit(), limiter.admit(), limiter.admit()] == [None, None, 3]
    clock.advance(0.5)
    assert limiter.admit() == 3  # both admitted requests are still inside the window
    clock.advance(0.5)
    assert limiter.admit() is None  # the first two left the window exactly now
    assert RateLimiter(None, clock).admit() is None


def test_unlimited_rate(emulator_factory: Factory) -> None:
    emu = emulator_factory(rate_limit=None, clock=FakeClock())
    assert all(call(emu).error_code is None for _ in range(5))


@pytest.mark.mps_emulator(include_example=False, rate_limit=1)
def test_fixture_takes_marker_options(mps_emulator: Emulator) -> None:
    assert mps_emulator.running
    assert mps_emulator.task_ids == []


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if "PROXY" not in k.upper()}
    env["PYTHONUNBUFFERED"] = "1"
    return env


def test_pytest_plugin_in_a_fresh_session(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent(
            """
            import pytest

            SEEN = []

            def test_uses_fixture(mps_emulator):
                assert mps_emulator.endpoint.startswith("http://127.0.0.1:")
                SEEN.append(mps_emulator)

            @pytest.mark.mps_emulator(rate_limit=None)
            def test_marker(mps_emulator):
                assert not SEEN[0].running  # the previous test's emulator was stopped
            """
        )
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "tencent_mps.testing.pytest_plugin",
            "-p",
            "no:cacheprovider",
            "--strict-markers",
            str(tmp_path),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        # load the plugin by -p only, whether or not an installed entry point also names it
        env={**_env(), "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def _start_server(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tencent_mps.testing", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**_env(), **(env or {})},
    )


def _read_banner(proc: subprocess.Popen[str]) -> list[str]:
    assert proc.stdout is not None
    lines: list[str] = []
    for _ in range(20):
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        if line.startswith("Press Ctrl-C"):
            break
    return lines


def test_standalone_command_serves_until_interrupted() -> None:
    proc = _start_server("--progressing-task", "1250000000-WorkflowTask-demo")
    try:
        lines = _read_banner(proc)
        assert lines and lines[0].startswith("MPS emulator listening on http://127.0.0.1:"), lines
        port = int(lines[0].rsplit(":", 1)[1])
        assert f"  SecretKey: {Emulator.DEFAULT_CREDENTIALS.secret_key}" in lines
        assert "  progressing task: 1250000000-WorkflowTask-demo" in lines
        reply = call(LoopbackPort(port), "1250000000-WorkflowTask-demo")
        assert reply.response["Status"] == "WAITING"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "emulator stopped" in out


def test_standalone_command_never_prints_a_users_key() -> None:
    proc = _start_server("--secret-id", "AKIDuser", "--secret-key", "user-secret-value")
    try:
        lines = _read_banner(proc)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    text = "\n".join(lines) + out + err
    assert "AKIDuser" in text
    assert "user-secret-value" not in text
    assert proc.returncode == 0


def test_standalone_command_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tencent_mps.testing", "--secret-id", "AKIDonly"],
        capture_output=True,
        text=True,
        timeout=30,
        env=_env(),
    )
    assert result.returncode == 2
    assert "--secret-key" in result.stderr


def _serve_and_call(
    args: list[str], secret_id: str, secret_key: str, env: dict[str, str] | None = None
) -> tuple[list[str], str, str, int]:
    """Start the command, submit a ProcessMedia task with the given key, wait for it, stop."""
    from tencent_mps import Client, models

    proc = _start_server(*args, env=env)
    try:
        lines = _read_banner(proc)
        assert lines and lines[0].startswith("MPS emulator listening on "), lines
        endpoint = lines[0].split()[-1]
        with Client(
            credentials=Credentials(secret_id, secret_key), endpoint=endpoint, region="ap-guangzhou"
        ) as client:
            created = client.process_media(
                models.MediaInputInfo(
                    type="URL", url_input_info=models.UrlInputInfo(url="https://example.com/a.mp4")
                ),
                output_storage=models.TaskOutputStorage(
                    type="COS",
                    cos_output_storage=models.CosOutputStorage(bucket="b-1", region="ap-guangzhou"),
                ),
                media_process_task=models.MediaProcessTaskInput(
                    transcode_task_set=[models.TranscodeTaskInput(definition=100010)]
                ),
            )
            assert created.task_id is not None
            done = client.wait_for_task(created.task_id, interval=0.1, timeout=60)
            assert done.status == "FINISH"
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    return lines, out, err, proc.returncode


def test_standalone_command_takes_the_key_from_a_file(tmp_path: Path) -> None:
    key_file = tmp_path / "key"
    key_file.write_text("file-secret-value\n")
    lines, out, err, code = _serve_and_call(
        ["--secret-id", "AKIDfile", "--secret-key-file", str(key_file), "--task-duration", "0.3"],
        "AKIDfile",
        "file-secret-value",
    )
    assert code == 0, err
    assert "file-secret-value" not in "\n".join(lines) + out + err


def test_standalone_command_takes_the_key_from_the_environment() -> None:
    lines, out, err, code = _serve_and_call(
        ["--secret-id", "AKIDenv", "--task-duration", "0.1:0.4", "--seed", "7"],
        "AKIDenv",
        "env-secret-value",
        env={"TENCENT_MPS_EMULATOR_SECRET_KEY": "env-secret-value"},
    )
    assert code == 0, err
    assert "env-secret-value" not in "\n".join(lines) + out + err


def _run_command(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tencent_mps.testing", "--port", "0", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**_env(), **(env or {})},
    )


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["--task-duration", "5:1"], {}, "--task-duration"),
        (["--task-duration", "soon"], {}, "--task-duration"),
        (["--seed", "x"], {}, "--seed"),
        (["--rate-limit", "-1"], {}, "--rate-limit"),
        (["--secret-key-file", "k"], {}, "--secret-id"),
        (["--secret-id", "AKID", "--secret-key", "a", "--secret-key-file", "k"], {}, "not both"),
        ([], {"TENCENT_MPS_EMULATOR_SECRET_KEY": "x"}, "--secret-id"),
    ],
)
def test_standalone_command_usage_errors(
    args: list[str], env: dict[str, str], message: str
) -> None:
    result = _run_command(*args, env=env)
    assert result.returncode == 2
    assert message in result.stderr


def test_standalone_command_with_an_unreadable_key_file(tmp_path: Path) -> None:
    result = _run_command("--secret-id", "AKID", "--secret-key-file", str(tmp_path / "missing"))
    assert result.returncode == 6
    assert "secret key file" in result.stderr and "Traceback" not in result.stderr


def test_standalone_command_help_warns_about_the_key_flag() -> None:
    result = _run_command("--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert "(ps)" in text and "TENCENT_MPS_EMULATOR_SECRET_KEY" in text
    assert "--task-duration" in text and "--seed" in text


def test_star_import_gives_every_public_name() -> None:
    namespace: dict[str, object] = {}
    exec("from tencent_mps.testing import *", namespace)
    import tencent_mps.testing as public

    for name in public.__all__:
        assert namespace[name] is getattr(public, name)
    for name in ("Emulator", "EmulatorError", "NotificationRecord", "FakeCloud", "DOCUMENTED"):
        assert name in namespace
