"""Fixtures for the sync tests: tmp copies of a small described schema, fixture upstream folders.

``fixtures/schema`` is a schema in sync with ``fixtures/upstream/base`` whose descriptions were
written by "us"; every other folder under ``fixtures/upstream`` is the base release with one
change. No test touches the network or the real ``schema/``.
"""

from __future__ import annotations

import datetime
import json
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from sync.run import Result, sync
from sync.upstream import read_directory

FIXTURES = Path(__file__).resolve().parent / "fixtures"
UPSTREAM = FIXTURES / "upstream"
TODAY = datetime.date(2026, 1, 2)


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture()
def schema_dir(tmp_path: Path) -> Path:
    """A tmp copy of the described fixture schema (in sync with the base release)."""
    target = tmp_path / "schema"
    shutil.copytree(FIXTURES / "schema", target)
    return target


Run = Callable[..., Result]


@pytest.fixture()
def run(schema_dir: Path) -> Run:
    """Sync the tmp schema with a fixture release: ``run("added_field", actions=[...])``."""

    def go(release: str, actions: Sequence[str] | None = None, check: bool = False) -> Result:
        return sync(
            schema_dir, read_directory(UPSTREAM / release), actions, check=check, today=TODAY
        )

    return go


class Schema:
    """The tmp schema's two documents, for assertions."""

    def __init__(self, folder: Path) -> None:
        self.types: dict[str, Any] = load(folder / "mps.schema.json")["$defs"]
        self.openapi: dict[str, Any] = load(folder / "mps.openapi.json")

    def prop(self, type_name: str, field: str) -> dict[str, Any]:
        return self.types[type_name]["properties"][field]  # type: ignore[no-any-return]

    def operation(self, action: str) -> dict[str, Any]:
        return self.openapi["paths"][f"/#X-TC-Action={action}"]["post"]  # type: ignore[no-any-return]

    def error(self, code: str) -> dict[str, Any]:
        return next(e for e in self.openapi["x-tc-error-codes"] if e["code"] == code)


@pytest.fixture()
def read(schema_dir: Path) -> Callable[[], Schema]:
    return lambda: Schema(schema_dir)
