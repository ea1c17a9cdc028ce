"""Placeholder text for what sync adds: made from names and facts, marked for a writer.

A placeholder is valid content (``make generate`` accepts it) that says only what the facts say;
the item also gets ``"x-needs-description": true`` until someone describes it.
"""

from __future__ import annotations

import re

from .kinds import Kind

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def words(name: str) -> str:
    """``MediaUsageItem`` -> ``Media usage item``; acronyms stay: ``AIDubbing`` -> ``AI dubbing``."""
    parts = _WORD.findall(name) or [name]
    out = [parts[0]] + [p if p.isupper() and len(p) > 1 else p.lower() for p in parts[1:]]
    return " ".join(out)


def _fields(count: int) -> str:
    return f"{count} field" if count == 1 else f"{count} fields"


def type_description(name: str, field_count: int, action: str | None, role: str | None) -> str:
    if action is not None and role is not None:
        return (
            f"{role.capitalize()} of the MPS action {action} (object with {_fields(field_count)})."
        )
    return f"{words(name)} (object with {_fields(field_count)})."


def field_description(type_name: str, field: str, kind: Kind, unit: str | None) -> str:
    unit_text = f" (unit: {unit})" if unit else ""
    null_text = ", may be null" if kind.nullable else ""
    return f"`{field}` of {type_name}: {kind.phrase()}{unit_text}{null_text}."


def is_field_placeholder(description: str, type_name: str, field: str) -> bool:
    return description.startswith(f"`{field}` of {type_name}: ")


def value_meaning(value: str) -> str:
    return f"Documented value {value}; meaning not described yet."


def is_value_placeholder(meaning: str, value: str) -> bool:
    return meaning == value_meaning(value)


def operation_summary(action: str) -> str:
    return f"Call the MPS action {action}."


def operation_description(action: str, request: str, response: str) -> str:
    return f"Sends a {request} and returns a {response}."


def error_description(code: str) -> str:
    family, _, last = code.rpartition(".")
    detail = words(last).lower() if family else words(code).lower()
    return f"Error code {code}: {detail}."
