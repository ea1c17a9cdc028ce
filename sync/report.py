"""The drift report (Markdown): what changed, what still needs a description, what to review."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from . import placeholders
from .changes import SECTIONS, ChangeLog, code, codes
from .ordering import NEEDS_DESCRIPTION

NO_CHANGES = "No changes."


@dataclass
class Placeholders:
    """Every item still marked ``x-needs-description``, as report lines, and their numbers."""

    lines: list[str] = field(default_factory=list)
    types: int = 0
    fields: int = 0
    values: int = 0
    operations: int = 0
    error_codes: int = 0

    def __bool__(self) -> bool:
        return bool(self.lines)

    def summary(self) -> str:
        counts = (
            (self.types, "type", "types"),
            (self.fields, "field", "fields"),
            (self.values, "known value", "known values"),
            (self.operations, "operation", "operations"),
            (self.error_codes, "error code", "error codes"),
        )
        parts = [f"{n} {one if n == 1 else many}" for n, one, many in counts if n]
        return "Placeholders: " + ", ".join(parts) + "."


def _type_line(name: str, definition: Mapping[str, Any], found: Placeholders) -> str | None:
    parts: list[str] = []
    if definition.get(NEEDS_DESCRIPTION):
        parts.append("the type")
        found.types += 1
    fields: list[str] = []
    values: list[str] = []
    for field_name, prop in definition.get("properties", {}).items():
        if not prop.get(NEEDS_DESCRIPTION):
            continue
        pending = [
            v
            for v, meaning in (prop.get("x-known-values") or {}).items()
            if placeholders.is_value_placeholder(str(meaning), v)
        ]
        described = not placeholders.is_field_placeholder(
            str(prop.get("description", "")), name, field_name
        )
        if not described or not pending:
            fields.append(field_name)
        if pending:
            values.append(f"known values of {code(field_name)}: {codes(pending)}")
            found.values += len(pending)
    if fields:
        parts.append(f"fields {codes(fields)}")
        found.fields += len(fields)
    parts += values
    return f"- {code(name)}: " + "; ".join(parts) if parts else None


def needs_description(schema: Mapping[str, Any], openapi: Mapping[str, Any]) -> Placeholders:
    found = Placeholders()
    for name, definition in schema.get("$defs", {}).items():
        line = _type_line(name, definition, found)
        if line is not None:
            found.lines.append(line)
    for item in openapi.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get(NEEDS_DESCRIPTION):
                found.lines.append(f"- operation {code(str(operation.get('x-tc-action')))}")
                found.operations += 1
    pending = sorted(
        str(e["code"]) for e in openapi.get("x-tc-error-codes", []) if e.get(NEEDS_DESCRIPTION)
    )
    for family, group in groupby(pending, key=lambda c: c.split(".", 1)[0]):
        names = list(group)
        found.lines.append(f"- error codes {code(family)}: {codes(names)}")
        found.error_codes += len(names)
    return found


def _needs_section(found: Placeholders) -> list[str]:
    return ["### Needs description", "", found.summary(), "", *found.lines]


def render(header: str, log: ChangeLog, found: Placeholders, review: list[str]) -> str:
    """The report: ``No changes.`` (and the placeholders left), or every change by section."""
    if not log:
        lines = [NO_CHANGES]
        if found:
            lines += ["", *_needs_section(found)]
        if review:  # still worth a look, though no fact changed
            lines += ["", "### Needs review", "", *[f"- {note}" for note in review]]
        return "\n".join(lines) + "\n"
    lines = [header]
    for section in SECTIONS:
        changes = log.in_section(section)
        if changes:
            lines += ["", f"### {section}", ""]
            lines += [f"- {c.subject}: {c.detail}" for c in changes]
    if found:
        lines += ["", *_needs_section(found)]
    if review:
        lines += ["", "### Needs review", ""]
        lines += [f"- {note}" for note in review]
    return "\n".join(lines) + "\n"
