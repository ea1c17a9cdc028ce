"""The step after sync: list what still needs a description, and write descriptions back.

``python -m sync describe --export FILE`` writes every placeholder (``x-needs-description``) with
the facts around it and, for the writer's eyes only, the upstream text it came from; FILE belongs
outside the repository (the upstream text is not English and is never committed).

``python -m sync describe --apply FILE`` reads descriptions written in our own words and puts them
into schema/, removing the marks they resolve::

    {"types": {"MediaUsageItem": "..."},
     "fields": {"MediaUsageItem.Duration": "..."},
     "values": {"TaskNotifyConfig.NotifyType": {"URL": "..."}},
     "operations": {"ProcessMedia": {"summary": "...", "description": "..."}},
     "errors": {"FailedOperation.GenerateResource": "..."}}
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from . import jsonio, paths
from .placeholders import is_value_placeholder

MARK = "x-needs-description"
_NON_ENGLISH = re.compile(r"[\u0370-\u1fff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_CODE_LINE = re.compile(r"^\w+\s*=\s*['\"]([^'\"]+)['\"]\s*$")


class DescribeError(Exception):
    """A description file that cannot be applied (unknown item, empty or non-English text)."""


def _schema(schema_dir: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    return (
        jsonio.load(schema_dir / paths.SCHEMA_FILE),
        jsonio.load(schema_dir / paths.OPENAPI_FILE),
    )


def _operations(openapi: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    return {op["x-tc-action"]: op for item in openapi["paths"].values() for op in item.values()}


def error_comments(source: str) -> dict[str, str]:
    """The comment above each code in the SDK's errorcodes.py (the writer's context only)."""
    comments: dict[str, str] = {}
    pending: list[str] = []
    for line in source.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            pending.append(stripped.lstrip("#").strip())
            continue
        match = _CODE_LINE.match(stripped)
        if match:
            comments[match.group(1)] = " ".join(pending)
        pending = []
    return comments


def export(
    schema_dir: Path, api: Mapping[str, Any], error_source: str | None = None
) -> dict[str, Any]:
    """Every placeholder left in schema/, with its facts and the upstream text it came from."""
    schema, openapi = _schema(schema_dir)
    objects: Mapping[str, Any] = api.get("objects", {})
    comments = error_comments(error_source) if error_source else {}
    todo: dict[str, Any] = {"types": {}, "fields": {}, "values": {}, "operations": {}, "errors": {}}
    for name, d in schema["$defs"].items():
        upstream = objects.get(name, {})
        members = {m.get("name"): m for m in upstream.get("members", ())}
        if d.get(MARK):
            todo["types"][name] = {
                "placeholder": d.get("description", ""),
                "fields": list(d["properties"]),
                "upstream": upstream.get("document", ""),
            }
        for wire, prop in d["properties"].items():
            if not prop.get(MARK):
                continue
            doc = members.get(wire, {}).get("document", "")
            pending = {
                v: m
                for v, m in (prop.get("x-known-values") or {}).items()
                if is_value_placeholder(m, v)
            }
            if pending:
                todo["values"][f"{name}.{wire}"] = {"values": sorted(pending), "upstream": doc}
            todo["fields"][f"{name}.{wire}"] = {
                "placeholder": prop.get("description", ""),
                "facts": {k: v for k, v in prop.items() if k not in ("description", MARK)},
                "upstream": doc,
            }
    for action, op in _operations(openapi).items():
        if op.get(MARK):
            todo["operations"][action] = {
                "placeholder": [op.get("summary", ""), op.get("description", "")],
                "upstream": api.get("actions", {}).get(action, {}).get("document", ""),
            }
    for e in openapi.get("x-tc-error-codes", ()):
        if e.get(MARK):
            todo["errors"][e["code"]] = {
                "placeholder": e.get("description", ""),
                "upstream": comments.get(e["code"], ""),
            }
    return todo


def _text(where: str, value: object) -> str:
    if not isinstance(value, str) or len(value.strip()) < 3:
        raise DescribeError(f"{where}: a description must be a sentence, got {value!r}")
    if _NON_ENGLISH.search(value):
        raise DescribeError(f"{where}: descriptions are written in English")
    return value.strip()


def _field(schema: Mapping[str, Any], key: str) -> dict[str, Any]:
    type_name, _, wire = key.partition(".")
    try:
        prop: dict[str, Any] = schema["$defs"][type_name]["properties"][wire]
    except KeyError:
        raise DescribeError(f"{key}: no such field in {paths.SCHEMA_FILE}") from None
    return prop


def _settle(prop: dict[str, Any]) -> None:
    """Drop the mark once the description and every value meaning are ours."""
    values = prop.get("x-known-values") or {}
    if not any(is_value_placeholder(m, v) for v, m in values.items()):
        prop.pop(MARK, None)


def apply(schema_dir: Path, descriptions: Mapping[str, Any]) -> int:
    """Write the descriptions into schema/; returns how many items were described."""
    schema, openapi = _schema(schema_dir)
    done = 0
    for name, text in descriptions.get("types", {}).items():
        d = schema["$defs"].get(name)
        if d is None:
            raise DescribeError(f"{name}: no such type in {paths.SCHEMA_FILE}")
        d["description"] = _text(name, text)
        d.pop(MARK, None)
        done += 1
    for key, meanings in descriptions.get("values", {}).items():
        prop = _field(schema, key)
        values = prop.get("x-known-values") or {}
        for value, meaning in meanings.items():
            if value not in values:
                raise DescribeError(f"{key}: {value!r} is not a documented value")
            values[value] = _text(f"{key}={value}", meaning)
            done += 1
        _settle(prop)
    for key, text in descriptions.get("fields", {}).items():
        prop = _field(schema, key)
        prop["description"] = _text(key, text)
        _settle(prop)
        done += 1
    operations = _operations(openapi)
    for action, texts in descriptions.get("operations", {}).items():
        op = operations.get(action)
        if op is None:
            raise DescribeError(f"{action}: no such operation in {paths.OPENAPI_FILE}")
        op["summary"] = _text(f"{action} summary", texts["summary"])
        op["description"] = _text(f"{action} description", texts["description"])
        op.pop(MARK, None)
        done += 1
    errors = {e["code"]: e for e in openapi.get("x-tc-error-codes", ())}
    for code, text in descriptions.get("errors", {}).items():
        entry = errors.get(code)
        if entry is None:
            raise DescribeError(f"{code}: no such error code in {paths.OPENAPI_FILE}")
        entry["description"] = _text(code, text)
        entry.pop(MARK, None)
        done += 1
    (schema_dir / paths.SCHEMA_FILE).write_text(jsonio.dumps(schema), encoding="utf-8")
    (schema_dir / paths.OPENAPI_FILE).write_text(jsonio.dumps(openapi), encoding="utf-8")
    return done
