"""Shared fixtures: the project's own copy of the API doc's example payload, and the schema."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

# No test may ask a real instance metadata service for credentials (the default chain would, on a
# machine without credentials); subprocesses (the command line) inherit this.
os.environ["TENCENT_MPS_CVM_METADATA_DISABLED"] = "1"

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
EXAMPLE_FILE = DATA / "describe-task-detail-example.json"
SCHEMA_FILE = ROOT / "schema" / "mps.schema.json"
OPENAPI_FILE = ROOT / "schema" / "mps.openapi.json"


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def example_body() -> bytes:
    """The whole example HTTP body, envelope included."""
    return EXAMPLE_FILE.read_bytes()


@pytest.fixture(scope="session")
def example_envelope() -> dict[str, Any]:
    return load_json(EXAMPLE_FILE)  # type: ignore[no-any-return]


@pytest.fixture()
def example_response(example_envelope: dict[str, Any]) -> dict[str, Any]:
    """A fresh copy of the object inside "Response" (tests may mutate it)."""
    return json.loads(json.dumps(example_envelope["Response"]))  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def schema() -> dict[str, Any]:
    return load_json(SCHEMA_FILE)  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def openapi() -> dict[str, Any]:
    return load_json(OPENAPI_FILE)  # type: ignore[no-any-return]
