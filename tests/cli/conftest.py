"""Fixtures of the command-line tests: the emulator, credentials, and ways to run the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tencent_mps.cli import main
from tencent_mps.testing import Emulator

#: Variables that would let the user's own setup leak into a test.
CLEARED = (
    "TENCENTCLOUD_SECRET_ID",
    "TENCENTCLOUD_SECRET_KEY",
    "TENCENTCLOUD_TOKEN",
    "TENCENTCLOUD_PROFILE",
    "TENCENTCLOUD_REGION",
    "TENCENT_MPS_NOTIFY_KEY",
    "TENCENT_MPS_LOG",
    "TKE_REGION",
    "TKE_PROVIDER_ID",
    "TKE_WEB_IDENTITY_TOKEN_FILE",
    "TKE_ROLE_ARN",
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "ALL_PROXY",
    "all_proxy",
)


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture()
def no_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No credentials anywhere: an empty HOME, and the CVM metadata service not asked."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in CLEARED:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TENCENT_MPS_CVM_METADATA_DISABLED", "1")
    return home


@pytest.fixture()
def credentials(monkeypatch: pytest.MonkeyPatch, no_credentials: Path) -> None:
    """The emulator's example key pair in the environment."""
    creds = Emulator.DEFAULT_CREDENTIALS
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", creds.secret_id)
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", creds.secret_key)


@pytest.fixture()
def emulator(credentials: None) -> Iterator[Emulator]:
    """A running emulator whose ProcessMedia tasks take half a second."""
    with Emulator(task_duration=0.5) as emu:
        yield emu


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> Result:
    """``tencent-mps ARGV`` in this process; usage errors (SystemExit) become their code."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return Result(code, out, err)


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a CLI child process: the emulator's key pair, nothing of the user's."""
    env = {k: v for k, v in os.environ.items() if k not in CLEARED}
    creds = Emulator.DEFAULT_CREDENTIALS
    env.update(
        TENCENTCLOUD_SECRET_ID=creds.secret_id,
        TENCENTCLOUD_SECRET_KEY=creds.secret_key,
        TENCENT_MPS_CVM_METADATA_DISABLED="1",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


def cli(*argv: str, timeout: float = 120, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """``tencent-mps ARGV`` as a child process, output captured as text."""
    kwargs.setdefault("env", child_env())
    return subprocess.run(
        [sys.executable, "-m", "tencent_mps", *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        **kwargs,
    )


def cli_command(*argv: str) -> list[str]:
    return [sys.executable, "-m", "tencent_mps", *argv]


def process_media_request(**changes: Any) -> dict[str, Any]:
    """A valid ProcessMedia request (wire dict): two transcodes of a file in COS."""
    request: dict[str, Any] = {
        "InputInfo": {
            "Type": "COS",
            "CosInputInfo": {
                "Bucket": "in-1250000000",
                "Region": "ap-guangzhou",
                "Object": "/videos/a.mp4",
            },
        },
        "MediaProcessTask": {"TranscodeTaskSet": [{"Definition": 100010}, {"Definition": 100020}]},
    }
    request.update(changes)
    return request
