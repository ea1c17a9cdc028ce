"""Test helpers that read the wire format straight from schema/ (independently of codegen)."""

from __future__ import annotations

import re
from typing import Any


def attr_name(wire: str) -> str:
    """Our expectation of the snake_case attribute for a wire name (``KeyPTSList`` -> ``key_pts_list``)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", wire).lower()


def strip_nulls(value: Any) -> Any:
    """The wire value with null fields removed (what ``to_dict`` promises to give back)."""
    if isinstance(value, dict):
        return {k: strip_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [strip_nulls(v) for v in value if v is not None]
    return value


def target(prop: dict[str, Any]) -> tuple[str, str | None]:
    """(kind, referenced type or list item kind) of a schema property."""
    body = prop
    if "anyOf" in prop:
        body = next(a for a in prop["anyOf"] if a.get("type") != "null")
    if "$ref" in body:
        return "object", body["$ref"].rsplit("/", 1)[1]
    t = body["type"]
    if isinstance(t, list):
        t = next(x for x in t if x != "null")
    if t == "array":
        items = body["items"]
        return "array", items["$ref"].rsplit("/", 1)[1] if "$ref" in items else items["type"]
    return t, None


def nullable(prop: dict[str, Any]) -> bool:
    if "anyOf" in prop:
        return any(a.get("type") == "null" for a in prop["anyOf"])
    t = prop.get("type")
    return isinstance(t, list) and "null" in t
