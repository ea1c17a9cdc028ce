"""Upstream error codes + the document's ``x-tc-error-codes`` -> the new list.

Facts: the codes and their scope. Ours and kept: ``description``, ``retryable`` and
``class-name``. The API 3.0 common codes (scope "common") are the project's and stay; every code
of the SDK's ``errorcodes.py`` is listed; a service code gone from it is kept, marked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import groupby
from typing import Any

from . import placeholders
from .changes import ERROR_CODES, ChangeLog, codes
from .ordering import ERROR_CODE, NEEDS_DESCRIPTION, REMOVED_UPSTREAM, ordered

COMMON = "common"
SERVICE = "service"
# Codes that a retry may cure (and their sub-codes).
RETRYABLE_PREFIXES = (
    "RequestLimitExceeded",
    "InternalError",
    "ServiceUnavailable",
    "ResourceUnavailable",
)


def retryable(code: str) -> bool:
    return code.startswith(RETRYABLE_PREFIXES)


def _family(code: str) -> str:
    return code.split(".", 1)[0]


def _log_by_family(log: ChangeLog, names: Iterable[str], detail: str) -> None:
    for family, group in groupby(sorted(names), key=_family):
        log.add(ERROR_CODES, f"`{family}`", f"{detail} {codes(list(group))}")


def merge_error_codes(
    entries: Iterable[Mapping[str, Any]],
    upstream: tuple[str, ...] | None,
    release: str,
    log: ChangeLog,
) -> tuple[list[dict[str, Any]], list[str]]:
    """The new list of error codes, and notes for review."""
    old = [dict(e) for e in entries]
    if upstream is None:
        return old, []
    known = {str(e["code"]) for e in old}
    present = set(upstream)
    out: list[dict[str, Any]] = []
    removed: list[str] = []
    back: list[str] = []
    for entry in old:
        if entry.get("scope") != COMMON:
            if entry["code"] in present and entry.pop(REMOVED_UPSTREAM, None) is not None:
                entry.pop("deprecated", None)
                back.append(entry["code"])
            elif entry["code"] not in present and REMOVED_UPSTREAM not in entry:
                entry["deprecated"] = True
                entry[REMOVED_UPSTREAM] = release
                removed.append(entry["code"])
        out.append(entry)
    added = sorted(present - known)
    for name in added:
        out.append(
            {
                "code": name,
                "description": placeholders.error_description(name),
                NEEDS_DESCRIPTION: True,
                "retryable": retryable(name),
                "scope": SERVICE,
            }
        )
    pending = [str(e["code"]) for e in out if e.get(NEEDS_DESCRIPTION) and "class-name" not in e]
    notes = name_clashing_classes(out, pending)
    _log_by_family(log, added, "added")
    _log_by_family(log, removed, "removed upstream (kept, deprecated):")
    _log_by_family(log, back, "back upstream:")
    for code, candidate in notes:
        log.add(ERROR_CODES, f"`{_family(code)}`", f"class of `{code}` named `{candidate}`")
    review = [
        f"error code `{code}`: its default class is another code's, so sync named it"
        f" `{candidate}` (a placeholder `class-name`)"
        for code, candidate in notes
    ]
    return sorted((ordered(e, ERROR_CODE) for e in out), key=lambda e: str(e["code"])), review


def default_class_name(code: str) -> str:
    """The exception class the generator names after a code (the rule of ``codegen.naming``):
    ``RequestLimitExceeded.UinLimitExceeded`` -> ``RequestLimitExceededUinLimitExceededError``."""
    joined = re.sub(r"\W", "", "".join(p[:1].upper() + p[1:] for p in code.split(".")))
    return joined if joined.endswith("Error") else joined + "Error"


def _class_names(entries: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Every class the generator makes: one per code, and one per family that is no code."""
    names = {
        str(e["code"]): str(e.get("class-name") or default_class_name(str(e["code"])))
        for e in entries
    }
    for code in list(names):
        names.setdefault(_family(code), default_class_name(_family(code)))
    return names


def name_clashing_classes(
    entries: list[dict[str, Any]], pending: Iterable[str]
) -> list[tuple[str, str]]:
    """Give each ``pending`` code (still a placeholder) whose class would clash with another's a
    placeholder ``class-name`` (the parts of the code joined with underscores), so that
    generation still works; returns (code, class name) pairs. A class name the project chose,
    or the class of a described code, is never changed."""
    named: list[tuple[str, str]] = []
    by_code = {str(e["code"]): e for e in entries}
    for code in sorted(pending, key=lambda c: (-c.count("."), c)):
        names = _class_names(entries)
        mine = names[code]
        if not any(other != code and name == mine for other, name in names.items()):
            continue
        taken = set(names.values())
        base = "_".join(re.sub(r"\W", "", p[:1].upper() + p[1:]) for p in code.split("."))
        candidate, n = base + "Error", 2
        while candidate in taken:
            candidate, n = f"{base}{n}Error", n + 1
        by_code[code]["class-name"] = candidate
        named.append((code, candidate))
    return named


def class_name_clashes(entries: Iterable[Mapping[str, Any]]) -> list[str]:
    """Review notes for codes whose exception class names still clash."""
    by_class: dict[str, list[str]] = {}
    for code, name in _class_names(entries).items():
        by_class.setdefault(name, []).append(code)
    return [
        f"error codes {codes(sorted(group))} would all be class `{name}`: give them a `class-name`"
        for name, group in sorted(by_class.items())
        if len(group) > 1
    ]
