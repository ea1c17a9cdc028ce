"""``python -m sync``: the report on stdout, exit codes of --check, --actions, errors."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path

import pytest

from sync import paths
from sync.__main__ import main

from .conftest import UPSTREAM, snapshot


def cli(schema_dir: Path, *args: str) -> list[str]:
    return ["--schema-dir", str(schema_dir), *args]


def test_check_exits_1_on_drift_then_0_after_sync(
    schema_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drifted = str(UPSTREAM / "added_field")
    before = snapshot(schema_dir)
    assert main(cli(schema_dir, "--upstream", drifted, "--check")) == 1
    out = capsys.readouterr().out
    assert "- `Widget.Color`: added (string)\n" in out
    assert snapshot(schema_dir) == before

    assert main(cli(schema_dir, "--upstream", drifted)) == 0
    assert capsys.readouterr().out == out
    changes = (schema_dir / paths.CHANGES_FILE).read_text(encoding="utf-8")
    assert f"## added_field, {datetime.date.today().isoformat()}\n\n{out}" in changes

    assert main(cli(schema_dir, "--upstream", drifted, "--check")) == 0
    assert capsys.readouterr().out.startswith("No changes.\n")


def test_actions_option_does_not_rewrite_upstream_json(
    schema_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pinned = (schema_dir / paths.UPSTREAM_FILE).read_bytes()
    assert main(cli(schema_dir, "--upstream", str(UPSTREAM / "base"), "--actions", "all")) == 0
    assert "- `ListWidgets`: added\n" in capsys.readouterr().out
    assert (schema_dir / paths.UPSTREAM_FILE).read_bytes() == pinned
    openapi = json.loads((schema_dir / paths.OPENAPI_FILE).read_text(encoding="utf-8"))
    assert sorted(openapi["paths"]) == ["/#X-TC-Action=DescribeWidget", "/#X-TC-Action=ListWidgets"]


def test_errors_exit_2(
    schema_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(cli(schema_dir, "--upstream", str(tmp_path / "missing"))) == 2
    assert "sync:" in capsys.readouterr().err
    assert main(cli(schema_dir, "--upstream", str(UPSTREAM / "base"), "--actions", "Nope")) == 2
    assert "action Nope is not in base" in capsys.readouterr().err


def test_runs_as_a_module(schema_dir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "sync", *cli(schema_dir, "--upstream", str(UPSTREAM / "base"))],
        capture_output=True,
        text=True,
        cwd=paths.REPO_ROOT,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, "No changes.\n")
