"""Corrections of misread upstream values: applied while upstream reads the same, else stale."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sync.corrections import CorrectionsError, parse

from .conftest import Run


def add_correction(schema_dir: Path, **entry: Any) -> None:
    path = schema_dir / "upstream.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["corrections"] = [entry]
    path.write_text(json.dumps(data), encoding="utf-8")


def status_values(schema_dir: Path) -> list[str]:
    schema = json.loads((schema_dir / "mps.schema.json").read_text(encoding="utf-8"))
    prop = schema["$defs"]["DescribeWidgetResponse"]["properties"]["Status"]
    return list(prop.get("x-known-values") or {})


CORRECTION = {
    "field": "DescribeWidgetResponse.Status",
    "upstream": ["ACTIVE", "RETIRED"],
    "values": ["ACTIVE"],
    "why": "fixture: RETIRED is never sent",
}


def test_a_matching_correction_replaces_the_upstream_reading(run: Run, schema_dir: Path) -> None:
    add_correction(schema_dir, **CORRECTION)
    result = run("base")
    assert "- `DescribeWidgetResponse.Status`: removed `RETIRED`" in result.report
    assert status_values(schema_dir) == ["ACTIVE"]
    assert not run("base", check=True).drift  # settled: the correction keeps applying


def test_a_stale_correction_is_reported_and_not_applied(run: Run, schema_dir: Path) -> None:
    add_correction(schema_dir, **CORRECTION)
    run("base")
    checked = run("new_known_value", check=True)
    assert checked.drift
    assert "upstream now reads ['ACTIVE', 'PENDING', 'RETIRED']" in checked.report
    run("new_known_value")
    assert status_values(schema_dir) == ["ACTIVE", "PENDING", "RETIRED"]  # upstream stands


def test_a_correction_of_a_vanished_field_is_stale(run: Run, schema_dir: Path) -> None:
    add_correction(schema_dir, **{**CORRECTION, "field": "DescribeWidgetResponse.Colour"})
    assert "no longer has" in run("base", check=True).report


@pytest.mark.parametrize(
    "entry",
    [
        {"field": "NoDot", "upstream": [], "values": [], "why": "x"},
        {"field": "A.B", "upstream": "ACTIVE", "values": [], "why": "x"},
        {"field": "A.B", "upstream": [], "values": [1], "why": "x"},
        {"field": "A.B", "upstream": [], "values": [], "why": " "},
        "A.B",
    ],
)
def test_malformed_corrections_are_refused(entry: Any) -> None:
    with pytest.raises(CorrectionsError):
        parse({"corrections": [entry]})


def test_the_pinned_corrections_all_apply() -> None:
    """Every correction in schema/upstream.json matches today's upstream (none is stale)."""
    root = Path(__file__).resolve().parents[2] / "schema"
    corrections = parse(json.loads((root / "upstream.json").read_text(encoding="utf-8")))
    schema = json.loads((root / "mps.schema.json").read_text(encoding="utf-8"))["$defs"]
    for c in corrections:
        prop = schema[c.type_name]["properties"][c.field]
        assert list(prop.get("x-known-values") or {}) == list(c.values), c.subject
