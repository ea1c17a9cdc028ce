"""The architecture holds: the core imports nothing generated, cost does not grow with operations."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import generate

from ..conftest import ROOT
from .synthetic import PROBE, write_schema

CORE = ROOT / "runtime" / "tencent_mps_core"
LIB = ROOT / "runtime" / "tencent_mps_lib"
GENERATED = ROOT / "generated" / "tencent_mps"


def imported_packages(path: Path) -> set[str]:
    """Top-level packages a module imports (absolute imports only)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_the_core_imports_nothing_generated_or_mps_specific() -> None:
    offenders = {
        str(p.relative_to(ROOT)): sorted(imported_packages(p) & {"tencent_mps", "tencent_mps_lib"})
        for p in CORE.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_core_loads_no_generated_module_at_run_time() -> None:
    modules = sorted(
        "tencent_mps_core." + ".".join(p.relative_to(CORE).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if p.name != "__init__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('tencent_mps', 'tencent_mps_lib')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_generated_code_uses_the_hand_written_features_only_through_facades() -> None:
    facades = {str(GENERATED / path) for path in generate.FACADES}
    for path in GENERATED.rglob("*.py"):
        if str(path) not in facades:
            assert "tencent_mps_lib" not in imported_packages(path), path


def test_no_hand_written_file_exists_twice() -> None:
    hand_written = {p.name: p for p in (ROOT / "runtime").rglob("*.py") if p.name != "__init__.py"}
    texts = {p.read_text(encoding="utf-8") for p in hand_written.values()}
    for path in GENERATED.rglob("*.py"):
        body = path.read_text(encoding="utf-8").split("\n", 1)[1]
        assert body not in texts, f"{path} is a copy of a hand-written file"


def test_the_sync_client_never_imports_the_async_transport() -> None:
    code = (
        "import sys\n"
        "import tencent_mps\n"
        "from tencent_mps import AsyncClient, Client, parse_response\n"
        f"parse_response(open({str(ROOT / 'tests' / 'data' / 'describe-task-detail-example.json')!r}, 'rb').read())\n"
        "print('aiohttp' in sys.modules, 'httpx' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


@pytest.fixture(scope="module")
def synthetic_packages(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    """Packages generated from synthetic schemas of 4 and 200 operations."""
    root = tmp_path_factory.mktemp("synthetic")
    made = {}
    for count in (4, 200):
        schema = write_schema(root / f"schema{count}", count)
        out = root / f"pkgs{count}" / "synth_api"
        generate.build(out, schema_dir=schema, facades={})
        made[count] = out
    return made


def test_importing_the_client_and_one_call_load_the_same_modules_for_200_operations(
    synthetic_packages: dict[int, Path],
) -> None:
    loaded = {}
    for count, package in synthetic_packages.items():
        env = {**os.environ, "PYTHONPATH": str(package.parent)}
        out = subprocess.run(
            [sys.executable, "-c", PROBE.format(package="synth_api")],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        loaded[count] = json.loads(out.stdout)
    assert loaded[200] == loaded[4]
    assert "synth_api.models.action0000_response" in loaded[200]
    assert not any(m.startswith("synth_api.models.action0001") for m in loaded[200])
    assert len(loaded[200]) <= 12
