"""Benchmark inputs: the doc example, and a maximal payload built from schema/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_FILE = ROOT / "tests" / "data" / "describe-task-detail-example.json"
SCHEMA_FILE = ROOT / "schema" / "describe-task-detail.schema.json"

_SCALAR: dict[str, Any] = {"string": "value", "integer": 7, "number": 1.5, "boolean": True}


def example_body() -> bytes:
    return EXAMPLE_FILE.read_bytes()


def _kind(prop: dict[str, Any]) -> tuple[str, str | None]:
    body = prop
    if "anyOf" in prop:
        body = next(a for a in prop["anyOf"] if a.get("type") != "null")
    if "$ref" in body:
        return "object", body["$ref"].rsplit("/", 1)[1]
    t = body["type"]
    t = next(x for x in t if x != "null") if isinstance(t, list) else t
    if t == "array":
        items = body["items"]
        return "array", items["$ref"].rsplit("/", 1)[1] if "$ref" in items else items["type"]
    return t, None


def maximal(type_name: str = "DescribeTaskDetailResponse", list_len: int = 2) -> dict[str, Any]:
    """Every field of every type present (lists of ``list_len``); a type already being built
    on the current branch is not entered again (the schema has no cycles today, this is a guard)."""
    defs = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))["$defs"]

    def build(name: str, stack: tuple[str, ...]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for wire, prop in defs[name]["properties"].items():
            kind, ref = _kind(prop)
            if kind == "object":
                if ref in stack:
                    continue
                out[wire] = build(str(ref), (*stack, str(ref)))
            elif kind == "array":
                if ref in defs:
                    if ref in stack:
                        continue
                    out[wire] = [build(str(ref), (*stack, str(ref))) for _ in range(list_len)]
                else:
                    out[wire] = [_SCALAR[str(ref)]] * list_len
            else:
                out[wire] = _SCALAR[kind]
        return out

    return build(type_name, (type_name,))


def count_objects(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + sum(count_objects(v) for v in value.values())
    if isinstance(value, list):
        return sum(count_objects(v) for v in value)
    return 0
