"""One sync: read schema/ and an upstream release, merge, report, and write (unless checking)."""

from __future__ import annotations

import copy
import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import corrections, enumnames, errorcodes, facts, jsonio, operations, paths, report
from .changes import KNOWN_VALUES, ChangeLog, codes
from .merge import merge_types
from .upstream import Pins, Upstream

CHANGES_INTRO = (
    "# Changes to schema/\n"
    "\n"
    "Every drift report `make sync` wrote, newest first, under the upstream release it came from.\n"
)


@dataclass(frozen=True)
class Result:
    report: str  # the drift report, as printed
    drift: bool  # schema/ disagreed with upstream on some fact
    written: tuple[Path, ...]  # the files this run changed


def _header(upstream: Upstream, covered: Sequence[str]) -> str:
    sources = f"{upstream.release} (api.json, examples.json)"
    if upstream.error_codes is not None and upstream.errorcodes_release != upstream.release:
        sources += f" and {upstream.errorcodes_release} (errorcodes.py)"
    elif upstream.error_codes is not None:
        sources = f"{upstream.release} (api.json, examples.json, errorcodes.py)"
    return f"Upstream: {sources}. Covered actions: {codes(list(covered))}."


def _enum_names_without_values(schema: dict[str, Any]) -> list[str]:
    return [
        f"`{name}.{field}` has `x-enum-name` but no documented values any more"
        for name, definition in schema["$defs"].items()
        for field, prop in definition.get("properties", {}).items()
        if prop.get("x-enum-name") and not prop.get("x-known-values")
    ]


def _other_time_formats(found: facts.Facts) -> list[str]:
    """Review notes: fields whose times are not ISO 8601 with a zone, left as strings."""
    return [
        f"`{t.name}.{f.name}` holds times as `{f.other_time}`, not ISO 8601 with a zone: "
        "kept a string"
        for t in found.types.values()
        for f in t.fields
        if f.other_time is not None
    ]


def prepend_changes(path: Path, heading: str, text: str) -> str:
    """``CHANGES.md`` with a new section (``## heading`` and ``text``) before the older ones."""
    existing = path.read_text(encoding="utf-8") if path.exists() else CHANGES_INTRO
    cut = existing.find("\n## ")
    head, older = (existing[: cut + 1], existing[cut + 1 :]) if cut >= 0 else (existing, "")
    section = f"## {heading}\n\n{text}"
    return head.rstrip("\n") + "\n\n" + section + ("\n" + older if older else "")


def sync(
    schema_dir: Path,
    upstream: Upstream,
    actions: Sequence[str] | None = None,
    *,
    check: bool = False,
    today: datetime.date | None = None,
) -> Result:
    """Carry ``upstream``'s facts into ``schema_dir`` for ``actions`` (default: upstream.json's).

    With ``check``, nothing is written: the result tells whether the schema has drifted.
    """
    pins = Pins.read(schema_dir)
    covered = tuple(sorted(set(actions if actions is not None else pins.actions)))
    schema_path = schema_dir / paths.SCHEMA_FILE
    openapi_path = schema_dir / paths.OPENAPI_FILE
    schema: dict[str, Any] = jsonio.load(schema_path)
    openapi: dict[str, Any] = jsonio.load(openapi_path)

    found, stale = corrections.apply(facts.build(upstream, covered), pins.corrections)
    previous = operations.operations(openapi)
    wide = set(facts.reachable_from_actions(upstream.api, set(covered) | set(previous)))
    log = ChangeLog()
    for note in stale:
        log.add(KNOWN_VALUES, "corrections", note)
    new_schema = dict(schema)
    before = copy.deepcopy(schema.get("$defs", {}))
    new_schema["$defs"] = merge_types(schema.get("$defs", {}), found, wide, log)
    enum_notes = enumnames.name_enums(before, new_schema["$defs"], log)
    new_openapi = dict(openapi)
    new_openapi["paths"], review = operations.merge_operations(
        openapi, found, covered, log, upstream.api.get("objects", {})
    )
    new_openapi["x-tc-error-codes"], named = errorcodes.merge_error_codes(
        openapi.get("x-tc-error-codes", []), found.error_codes, found.errorcodes_release, log
    )
    review += named
    review += errorcodes.class_name_clashes(new_openapi["x-tc-error-codes"])
    review += enum_notes
    review += _enum_names_without_values(new_schema)
    review += _other_time_formats(found)
    text = report.render(
        _header(upstream, covered),
        log,
        report.needs_description(new_schema, new_openapi),
        review,
    )
    if check:
        return Result(text, bool(log), ())

    if not log:
        return Result(text, False, ())  # nothing to carry over: no file is touched
    written: list[Path] = []
    for path, document in ((schema_path, new_schema), (openapi_path, new_openapi)):
        content = jsonio.dumps(document)
        if path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")
            written.append(path)
    changes_path = schema_dir / paths.CHANGES_FILE
    day = (today or datetime.date.today()).isoformat()
    changes_path.write_text(
        prepend_changes(changes_path, f"{upstream.release}, {day}", text), encoding="utf-8"
    )
    written.append(changes_path)
    return Result(text, True, tuple(written))
