"""Facts + the schema's ``$defs`` -> new ``$defs``: facts rewritten, the project's content kept.

Ours and kept: descriptions, meanings of known values, ``x-enum-name``, ``customBasePath``,
``x-tc-task-fields`` and any key sync does not know. Facts and rewritten: the kind keywords,
``x-request-required``, ``x-always-present``, ``deprecated``, ``x-unit``, the keys of
``x-known-values`` and ``examples``. New items get placeholders; items gone upstream are kept,
deprecated and marked with the release they left in.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import placeholders
from .changes import (
    DEPRECATION,
    EXAMPLES,
    FIELDS,
    KINDS,
    KNOWN_VALUES,
    NULLABILITY,
    REQUIRED,
    TYPES,
    UNITS,
    ChangeLog,
    code,
    codes,
)
from .facts import Facts, FieldFacts, TypeFacts
from .kinds import REF_PREFIX, SHAPE_KEYS, Kind
from .ordering import NEEDS_DESCRIPTION, PROPERTY, REMOVED_UPSTREAM, TYPE, ordered

# Facts that are flags: (schema key, FieldFacts attribute, report section, what the flag says).
_FLAGS = (
    ("x-request-required", "request_required", REQUIRED, "required in requests"),
    ("x-always-present", "always_present", REQUIRED, "always present in responses"),
    ("deprecated", "deprecated", DEPRECATION, "deprecated"),
)


def _same(a: Any, b: Any) -> bool:
    """Equal as JSON text (so 0 and 0.0, which the files tell apart, differ)."""
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def _set(obj: dict[str, Any], key: str, value: Any) -> None:
    """``obj[key] = value``, or no key at all for False, None and empty values."""
    if value is None or value is False or value == [] or value == {}:
        obj.pop(key, None)
    else:
        obj[key] = value


@dataclass
class _ExampleChanges:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def note(self, name: str, old: list[Any], new: list[Any]) -> None:
        if _same(old, new):
            return
        (self.added if not old else self.removed if not new else self.changed).append(name)

    def detail(self) -> str:
        parts = [
            f"{verb} for {codes(names)}"
            for verb, names in (
                ("added", self.added),
                ("changed", self.changed),
                ("removed", self.removed),
            )
            if names
        ]
        return "; ".join(parts)


def _known_values(
    prop: dict[str, Any], values: tuple[str, ...], subject: str | None, log: ChangeLog
) -> None:
    old: dict[str, Any] = dict(prop.get("x-known-values") or {})
    added = [v for v in values if v not in old]
    removed = [v for v in old if v not in values]
    if subject is not None and (added or removed):
        parts = []
        if added:
            parts.append(f"added {codes(added)}")
        if removed:
            parts.append(f"removed {codes(removed)}")
        log.add(KNOWN_VALUES, subject, "; ".join(parts))
    new = {v: meaning for v, meaning in old.items() if v in values}
    for v in added:
        new[v] = placeholders.value_meaning(v)
    if added:
        prop[NEEDS_DESCRIPTION] = True
    _set(prop, "x-known-values", new)


def _facts_into(prop: dict[str, Any], facts: FieldFacts) -> None:
    """Write the facts other than kind and documented values into ``prop``."""
    _set(prop, "x-request-required", facts.request_required)
    _set(prop, "x-always-present", facts.always_present)
    _set(prop, "deprecated", facts.deprecated)
    _set(prop, "x-unit", facts.unit)
    _set(prop, "examples", list(facts.examples))


def _new_property(type_name: str, facts: FieldFacts) -> dict[str, Any]:
    prop: dict[str, Any] = {
        "description": placeholders.field_description(
            type_name, facts.name, facts.kind, facts.unit
        ),
        NEEDS_DESCRIPTION: True,
        **facts.kind.schema(),
    }
    _facts_into(prop, facts)
    _known_values(prop, facts.known_values, None, ChangeLog())
    return ordered(prop, PROPERTY)


def _merged_property(
    old: Mapping[str, Any],
    type_name: str,
    facts: FieldFacts,
    log: ChangeLog,
    examples: _ExampleChanges,
) -> dict[str, Any]:
    prop = dict(old)
    subject = code(f"{type_name}.{facts.name}")
    if prop.pop(REMOVED_UPSTREAM, None) is not None:
        prop.pop("deprecated", None)
        log.add(FIELDS, subject, "back upstream")
    was = Kind.of_property(prop)
    if was.name() != facts.kind.name():
        log.add(KINDS, subject, f"{was.name()} -> {facts.kind.name()}")
    if was.nullable != facts.kind.nullable:
        log.add(
            NULLABILITY, subject, "now nullable" if facts.kind.nullable else "no longer nullable"
        )
    for key in SHAPE_KEYS:
        prop.pop(key, None)
    prop.update(facts.kind.schema())
    for key, attribute, section, flag in _FLAGS:
        now = bool(getattr(facts, attribute))
        if bool(prop.get(key)) != now:
            log.add(section, subject, f"now {flag}" if now else f"no longer {flag}")
    if prop.get("x-unit") != facts.unit:
        log.add(UNITS, subject, f"{prop.get('x-unit') or 'none'} -> {facts.unit or 'none'}")
    examples.note(facts.name, list(prop.get("examples", [])), list(facts.examples))
    _facts_into(prop, facts)
    _known_values(prop, facts.known_values, subject, log)
    return ordered(prop, PROPERTY)


def _removed_property(
    old: Mapping[str, Any], type_name: str, name: str, release: str, log: ChangeLog
) -> dict[str, Any]:
    prop = dict(old)
    if REMOVED_UPSTREAM not in prop:
        prop["deprecated"] = True
        prop[REMOVED_UPSTREAM] = release
        log.add(FIELDS, code(f"{type_name}.{name}"), "removed upstream (kept, deprecated)")
    return ordered(prop, PROPERTY)


def _field_order(old: Iterable[str], upstream: list[str]) -> list[str]:
    """The schema's field order, with each new field placed after its upstream predecessor."""
    order = list(old)
    for i, name in enumerate(upstream):
        if name not in order:
            order.insert(order.index(upstream[i - 1]) + 1 if i else 0, name)
    return order


def _new_type(facts: TypeFacts) -> dict[str, Any]:
    description = placeholders.type_description(
        facts.name, len(facts.fields), facts.action, facts.role
    )
    out: dict[str, Any] = {
        "type": "object",
        "title": facts.name,
        "description": description,
        NEEDS_DESCRIPTION: True,
        "properties": {f.name: _new_property(facts.name, f) for f in facts.fields},
    }
    if facts.role is not None:
        _set(out, "examples", list(facts.examples))
    return ordered(out, TYPE)


def _merged_type(
    old: Mapping[str, Any], facts: TypeFacts, release: str, log: ChangeLog
) -> dict[str, Any]:
    out = dict(old)
    if out.pop(REMOVED_UPSTREAM, None) is not None:
        out.pop("deprecated", None)
        log.add(TYPES, code(facts.name), "back upstream")
    old_props: Mapping[str, Any] = old.get("properties", {})
    examples = _ExampleChanges()
    props: dict[str, Any] = {}
    for name in _field_order(old_props, [f.name for f in facts.fields]):
        field_facts = facts.field(name)
        if field_facts is None:
            props[name] = _removed_property(old_props[name], facts.name, name, release, log)
        elif name in old_props:
            props[name] = _merged_property(old_props[name], facts.name, field_facts, log, examples)
        else:
            props[name] = _new_property(facts.name, field_facts)
            log.add(FIELDS, code(f"{facts.name}.{name}"), f"added ({field_facts.kind.name()})")
    out["properties"] = props
    if facts.role is not None:
        old_examples = list(out.get("examples", []))
        new_examples = list(facts.examples)
        if not _same(old_examples, new_examples):
            count = len(new_examples)
            verb = "added" if not old_examples else "removed" if not new_examples else "changed"
            noun = "example" if max(count, len(old_examples)) == 1 else "examples"
            examples_detail = f"{noun} of the documented calls {verb}"
            log.add(EXAMPLES, code(facts.name), examples_detail)
        _set(out, "examples", new_examples)
    if examples.detail():
        log.add(EXAMPLES, code(facts.name), f"field examples {examples.detail()}")
    return ordered(out, TYPE)


def _refs(definition: Mapping[str, Any]) -> set[str]:
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(REF_PREFIX):
                found.add(ref[len(REF_PREFIX) :])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(definition.get("properties", {}))
    return found


def _closure(roots: Iterable[str], defs: Mapping[str, Mapping[str, Any]]) -> set[str]:
    seen: set[str] = set()
    queue = [r for r in roots if r in defs]
    while queue:
        name = queue.pop()
        if name not in seen:
            seen.add(name)
            queue += [r for r in _refs(defs[name]) if r in defs and r not in seen]
    return seen


def merge_types(
    defs: Mapping[str, Any], facts: Facts, wide: set[str], log: ChangeLog
) -> dict[str, Any]:
    """The new ``$defs``.

    ``wide`` holds the types upstream's new release reaches from the covered actions and from
    the actions the schema covered before: a schema type that only they reach is dropped (the
    covered actions changed), any other type that upstream no longer reaches is kept, marked.
    """
    out: dict[str, Any] = {}
    for name, type_facts in facts.types.items():
        if name in defs:
            out[name] = _merged_type(defs[name], type_facts, facts.release, log)
        else:
            out[name] = _new_type(type_facts)
            count = len(type_facts.fields)
            log.add(TYPES, code(name), f"added ({count} field{'' if count == 1 else 's'})")
    orphans = {name: d for name, d in defs.items() if name not in facts.types}
    dropped = {n for n, d in orphans.items() if n in wide and REMOVED_UPSTREAM not in d}
    kept = set(orphans) - dropped
    # A dropped type that a kept one still refers to stays, as it was.
    kept |= dropped & _closure([*out, *kept], {**orphans, **out})
    for name in sorted(dropped - kept):
        log.add(TYPES, code(name), "no longer reached by the covered actions: removed")
    for name in sorted(kept):
        definition = dict(orphans[name])
        if REMOVED_UPSTREAM not in definition and name not in wide:
            definition["deprecated"] = True
            definition[REMOVED_UPSTREAM] = facts.release
            log.add(TYPES, code(name), "removed upstream (kept, deprecated)")
        out[name] = ordered(definition, TYPE)
    return dict(sorted(out.items()))
