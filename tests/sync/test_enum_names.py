"""Enum names are written into the schema once and kept (sync.enumnames)."""

from __future__ import annotations

from typing import Any

from sync.changes import ChangeLog
from sync.enumnames import name_enums


def _field(values: list[str], name: str | None = None) -> dict[str, Any]:
    prop: dict[str, Any] = {"type": "string", "x-known-values": {v: f"meaning {v}" for v in values}}
    if name:
        prop["x-enum-name"] = name
    return prop


def _defs(**types: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {name: {"type": "object", "properties": props} for name, props in types.items()}


def test_a_new_field_with_known_values_shares_the_existing_name() -> None:
    old = _defs(Task={"Status": _field(["A", "B"], "TaskStatus")})
    new = _defs(
        Job={"State": _field(["B", "A"])},  # first in schema order, but the name exists already
        Task={"Status": _field(["A", "B"], "TaskStatus")},
    )
    log = ChangeLog()
    notes = name_enums(old, new, log)
    assert new["Job"]["properties"]["State"]["x-enum-name"] == "TaskStatus"
    assert notes == []
    assert [c.detail for c in log.changes] == ["values named enum `TaskStatus`"]


def test_a_new_set_is_named_after_its_first_field_and_reported() -> None:
    new = _defs(Job={"Mode": _field(["x", "y"])}, Other={"Mode": _field(["x", "y"])})
    notes = name_enums({}, new, ChangeLog())
    assert new["Job"]["properties"]["Mode"]["x-enum-name"] == "JobMode"
    assert new["Other"]["properties"]["Mode"]["x-enum-name"] == "JobMode"
    assert notes == ["new enum `JobMode` (values x, y): check the name"]


def test_a_name_taken_by_another_set_is_not_reused() -> None:
    new = _defs(Job={"Mode": _field(["z"])}, Task={"Status": _field(["x"], "JobMode")})
    name_enums({}, new, ChangeLog())
    assert new["Job"]["properties"]["Mode"]["x-enum-name"] == "JobMode2"
    assert new["Task"]["properties"]["Status"]["x-enum-name"] == "JobMode"


def test_a_changed_set_keeps_its_name_and_is_reported() -> None:
    old = _defs(Task={"Status": _field(["A", "B"], "TaskStatus")})
    new = _defs(Task={"Status": _field(["A", "C"], "TaskStatus")})
    notes = name_enums(old, new, ChangeLog())
    assert new["Task"]["properties"]["Status"]["x-enum-name"] == "TaskStatus"
    assert notes == [
        "values of enum `TaskStatus` changed at `Task.Status`: +C, -B; the enum keeps its name"
    ]


def test_fields_that_are_not_strings_get_no_enum() -> None:
    new = _defs(Task={"Level": {"type": "integer", "x-known-values": {"1": "low"}}})
    name_enums({}, new, ChangeLog())
    assert "x-enum-name" not in new["Task"]["properties"]["Level"]
