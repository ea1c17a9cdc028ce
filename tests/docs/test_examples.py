"""Every operation's example runs against a fresh emulator, sync and async, as its page says.

An example either decodes to its response type, or it is listed in
codegen/docs/example_exceptions.json with the one error code the emulator answers and why (the
page shows the reason); a listed example that starts to succeed, or fails otherwise, fails here.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import tencent_mps.models as models
from codegen.docs import Site
from codegen.docs.site import load_exceptions
from tencent_mps import AsyncClient, Client
from tencent_mps.errors import APIError
from tencent_mps.testing import Emulator

from ..conftest import ROOT

_LIST = "see codegen/docs/example_exceptions.json"


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_docs_example_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def manifest(site: Site) -> dict[str, dict[str, Any]]:
    return json.loads((site.out / "examples" / "manifest.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _check(entry: dict[str, Any], call: Any, client: Client) -> str:
    """Run one example; the outcome as a word for the summary."""
    expected = entry["expected_error"]
    if expected is None:
        result = call(client)
        assert isinstance(result, getattr(models, entry["response"])), entry["file"]
        return "passed"
    # A listed exception; if the emulator now answers otherwise, update the list's entry.
    with pytest.raises(APIError) as caught:
        call(client)
    assert caught.value.code == expected, f"{entry['file']}: {caught.value} ({_LIST})"
    return "listed"


def test_every_example_runs_sync(site: Site, manifest: dict[str, dict[str, Any]]) -> None:
    """Each against a fresh emulator, as against a new account (a few ms each)."""
    outcomes: dict[str, int] = {}
    for _, entry in sorted(manifest.items()):
        module = _module(site.out / "examples" / entry["file"])
        with (
            Emulator(rate_limit=None) as emu,
            Client(
                credentials=Emulator.DEFAULT_CREDENTIALS, endpoint=emu.endpoint, max_attempts=1
            ) as client,
        ):
            word = _check(entry, module.example, client)
        outcomes[word] = outcomes.get(word, 0) + 1
    assert sum(outcomes.values()) == len(site.operations)
    assert outcomes["passed"] > outcomes.get("listed", 0)


def test_every_example_runs_async(site: Site, manifest: dict[str, dict[str, Any]]) -> None:
    pytest.importorskip("aiohttp")

    async def run(entry: dict[str, Any]) -> None:
        module = _module(site.out / "examples" / entry["file"])
        expected = entry["expected_error"]
        with Emulator(rate_limit=None) as emu:
            async with AsyncClient(
                credentials=Emulator.DEFAULT_CREDENTIALS, endpoint=emu.endpoint, max_attempts=1
            ) as client:
                try:
                    result = await module.example_async(client)
                except APIError as e:
                    assert e.code == expected, f"{entry['file']}: {e} ({_LIST})"
                else:
                    assert expected is None, (
                        f"{entry['file']} succeeded, listed as {expected} ({_LIST})"
                    )
                    assert isinstance(result, getattr(models, entry["response"]))

    async def main() -> None:
        for _, entry in sorted(manifest.items()):
            await run(entry)

    asyncio.run(main())


def test_listed_exceptions_give_reasons_and_show_on_their_page(site: Site) -> None:
    for action, entry in load_exceptions().items():
        assert entry["code"] and len(entry["reason"]) > 20, action
        html = (site.out / "operations" / f"{action}.html").read_text(encoding="utf-8")
        assert 'id="emulator-exception"' in html and entry["code"] in html, action


def test_actions_without_an_upstream_example_say_so(
    site: Site, manifest: dict[str, dict[str, Any]]
) -> None:
    built = [a for a, e in manifest.items() if e["source"] == "required-fields"]
    assert built, "every request has an upstream example now: drop this test's premise"
    for action in built:
        html = (site.out / "operations" / f"{action}.html").read_text(encoding="utf-8")
        assert "has no example request for this action" in html, action


def test_examples_are_ruff_and_mypy_strict_clean(site: Site) -> None:
    """Users copy them: they type-check as written (an id made first is checked for None)."""
    pytest.importorskip("mypy")
    examples = site.out / "examples"
    ruff = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "--config",
            str(ROOT / "pyproject.toml"),
            str(examples),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert ruff.returncode == 0, ruff.stdout[-3000:]
    mypy = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            str(examples),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert mypy.returncode == 0, mypy.stdout[-3000:]
