"""Enum names are the schema's: sync names a set of documented values the first time it appears.

A string field (or list of strings) with documented values becomes a ``StrEnum``; its class name
is public, so it must not follow the order of fields. The first sync that sees a field's values
writes ``x-enum-name`` on it: the name another field with the same values already carries, else
``<Type><Field>`` of the first field (in schema order) that documents them. From then on the name
is kept, and a changed set of values under a name is reported for review.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from codegen import naming

from .changes import KNOWN_VALUES, ChangeLog, code
from .ordering import PROPERTY, ordered

ENUM_NAME = "x-enum-name"


def _string_valued(prop: Mapping[str, Any]) -> bool:
    kinds = prop.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "string" in kinds:
        return True
    items = prop.get("items")
    if "array" in kinds and isinstance(items, Mapping):
        return _string_valued(items)
    return False


def _enum_fields(defs: Mapping[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for name, d in defs.items():
        for wire, prop in d.get("properties", {}).items():
            if prop.get("x-known-values") and _string_valued(prop):
                found.append((name, wire, prop))
    return found


def name_enums(old_defs: Mapping[str, Any], new_defs: dict[str, Any], log: ChangeLog) -> list[str]:
    """Write ``x-enum-name`` where it is missing (in ``new_defs``, in place); notes for review."""
    fields = _enum_fields(new_defs)
    by_values: dict[frozenset[str], list[tuple[str, str, dict[str, Any]]]] = {}
    for entry in fields:
        by_values.setdefault(frozenset(entry[2]["x-known-values"]), []).append(entry)
    taken: dict[str, frozenset[str]] = {}
    for values, owners in by_values.items():
        for _, _, prop in owners:
            if prop.get(ENUM_NAME):
                taken.setdefault(prop[ENUM_NAME], values)
    notes: list[str] = []
    for values, owners in by_values.items():
        explicit = sorted({p[ENUM_NAME] for _, _, p in owners if p.get(ENUM_NAME)})
        if explicit:
            name = explicit[0]
        else:
            first_type, first_wire, _ = owners[0]
            base = naming.enum_class(first_type, first_wire)
            name, n = base, 2
            while name in taken:
                name, n = f"{base}{n}", n + 1
            taken[name] = values
        for type_name, wire, prop in owners:
            if prop.get(ENUM_NAME):
                continue
            prop[ENUM_NAME] = name
            reordered = ordered(prop, PROPERTY)
            prop.clear()
            prop.update(reordered)
            log.add(KNOWN_VALUES, code(f"{type_name}.{wire}"), f"values named enum {code(name)}")
            if not explicit and (type_name, wire) == owners[0][:2]:
                notes.append(
                    f"new enum {code(name)} (values {', '.join(sorted(values))}): check the name"
                )
    for type_name, wire, prop in fields:
        old = old_defs.get(type_name, {}).get("properties", {}).get(wire, {})
        before, after = set(old.get("x-known-values") or ()), set(prop["x-known-values"])
        if old.get(ENUM_NAME) and before != after:
            change = ", ".join(
                [f"+{v}" for v in sorted(after - before)]
                + [f"-{v}" for v in sorted(before - after)]
            )
            notes.append(
                f"values of enum {code(prop[ENUM_NAME])} changed at {code(f'{type_name}.{wire}')}:"
                f" {change}; the enum keeps its name"
            )
    return notes
