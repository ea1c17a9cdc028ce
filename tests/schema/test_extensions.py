"""schema/'s own vocabulary: every x- extension is declared in codegen/extensions.schema.json, and
a misspelt or mistyped one fails here (so a typo cannot silently drop a fact)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schema"
META = json.loads(
    (SCHEMA_DIR.parent / "codegen" / "extensions.schema.json").read_text(encoding="utf-8")
)


def _validator(definition: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        {"$ref": f"#/$defs/{definition}", "$defs": META["$defs"]}
    )


def _load(name: str) -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _errors(definition: str, document: Any) -> list[str]:
    found = _validator(definition).iter_errors(document)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in found][:10]


def test_the_meta_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(META)


def test_the_schema_uses_only_declared_extensions() -> None:
    assert _errors("schemaDocument", _load("mps.schema.json")) == []


def test_the_openapi_document_uses_only_declared_extensions() -> None:
    assert _errors("openapiDocument", _load("mps.openapi.json")) == []


def _first_operation(doc: dict[str, Any], action: str) -> dict[str, Any]:
    for item in doc["paths"].values():
        for op in item.values():
            if op["x-tc-action"] == action:
                return op  # type: ignore[no-any-return]
    raise AssertionError(action)


@pytest.mark.parametrize(
    ("edit", "where"),
    [
        (lambda op: op["x-tc-pagination"].update({"max-page-sise": 100}), "max-page-sise"),
        (lambda op: op.update({"x-tc-idempotant": True}), "x-tc-idempotant"),
        (lambda op: op.update({"x-tc-rate-limit-per-second": "100"}), "100"),
        (lambda op: op["x-tc-pagination"].update({"style": "cursor"}), "cursor"),
        (lambda op: op.pop("x-tc-idempotent"), "x-tc-idempotent"),
    ],
)
def test_a_misspelt_or_mistyped_operation_fact_is_caught(edit: Any, where: str) -> None:
    doc = copy.deepcopy(_load("mps.openapi.json"))
    edit(_first_operation(doc, "DescribeTasks"))
    errors = _errors("openapiDocument", doc)
    assert errors and any(where in e for e in errors), errors


def test_a_misspelt_property_extension_is_caught() -> None:
    doc = copy.deepcopy(_load("mps.schema.json"))
    doc["$defs"]["MediaInputInfo"]["properties"]["Type"]["x-enum-nmae"] = "InputType"
    errors = _errors("schemaDocument", doc)
    assert errors and "x-enum-nmae" in errors[0]
