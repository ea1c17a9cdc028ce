"""The reference site, built once per test session into a temporary directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.build import load
from codegen.docs import Site, build, guide_text

from ..conftest import ROOT


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    api = load(ROOT / "schema", pyproject=ROOT / "pyproject.toml")
    out: Path = tmp_path_factory.mktemp("docs") / "docs"
    return build(api, guide_text(ROOT), out)
