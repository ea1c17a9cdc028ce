"""The JSON Schema front end: one datamodel-code-generator parse of ``schema/*.schema.json``.

datamodel-code-generator resolves references, lists, ``anyOf`` nullability and our extension
keywords into typed ``DataModel`` objects; :func:`parse_types` turns each into a plain
:class:`ParsedType` that :mod:`codegen.build` reads. Names are left as on the wire: every Python
name is made by :mod:`codegen.naming`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from datamodel_code_generator import PythonVersion
from datamodel_code_generator.enums import DataModelType
from datamodel_code_generator.model import get_data_model_types
from datamodel_code_generator.parser.jsonschema import JsonSchemaParser

#: Property keywords handed through to us as field extras (``x-`` prefix kept off by dmc).
FIELD_EXTRAS = frozenset(
    {
        "x-known-values",
        "x-unit",
        "x-enum-name",
        "x-request-required",
        "x-always-present",
        "x-removed-upstream",
        "x-needs-description",
        "x-sensitive",
        "deprecated",
    }
)
_SCALARS = {"str": "str", "int": "int", "float": "float", "bool": "bool"}


class SchemaError(ValueError):
    """The schema uses a construct the generator does not support."""


@dataclass(frozen=True)
class ParsedField:
    wire: str
    kind: str  # str | int | float | bool | datetime | object | list
    ref: str | None
    item_kind: str | None
    nullable: bool
    description: str
    extras: dict[str, Any]


@dataclass(frozen=True)
class ParsedType:
    name: str
    description: str
    fields: tuple[ParsedField, ...]
    base_path: str | None  # customBasePath
    extensions: dict[str, Any]  # type-level x- keywords
    examples: tuple[Any, ...]  # example payloads (JSON Schema ``examples``)


def parse_types(schema_file: Path) -> dict[str, ParsedType]:
    """Every ``$defs`` entry of ``schema_file``, by name (the root document itself is skipped).

    The file is read once: datamodel-code-generator parses its text, and the example payloads
    (which it does not keep) are taken from the same text.
    """
    text = schema_file.read_text(encoding="utf-8")
    document = json.loads(text)
    types = get_data_model_types(DataModelType.DataclassesDataclass, PythonVersion.PY_311)
    parser = JsonSchemaParser(
        text,
        data_model_type=types.data_model,
        data_model_root_type=types.root_model,
        data_model_field_type=types.field_model,
        data_type_manager_type=types.data_type_manager,
        dump_resolve_reference_action=types.dump_resolve_reference_action,
        snake_case_field=False,
        target_python_version=PythonVersion.PY_311,
        use_field_description=True,
        use_schema_description=True,
        field_extra_keys_without_x_prefix=set(FIELD_EXTRAS),
    )
    parser.parse_raw()
    parsed: dict[str, ParsedType] = {}
    for model in parser.results:
        path = model.reference.path
        if "#/$defs/" not in path:
            continue  # the root document
        name = path.rsplit("/", 1)[1]
        props = document["$defs"][name].get("properties") or {}
        fields = tuple(
            _field(name, f, props.get(str(f.original_name or f.name))) for f in model.fields
        )
        extensions = dict((model.extra_template_data or {}).get("extensions") or {})
        parsed[name] = ParsedType(
            name=name,
            description=str(model.description or ""),
            fields=fields,
            base_path=getattr(model, "custom_base_class", None) or None,
            extensions=extensions,
            examples=tuple(document["$defs"][name].get("examples", ())),
        )
    return dict(sorted(parsed.items()))


def _format(prop: Any) -> str | None:
    """The ``format`` of a property (``date-time``), also inside ``anyOf`` or ``items``."""
    if not isinstance(prop, dict):
        return None
    if "format" in prop:
        return str(prop["format"])
    for inner in [*(prop.get("anyOf") or []), prop.get("items")]:
        found = _format(inner)
        if found is not None:
            return found
    return None


def _field(owner: str, f: Any, prop: Any = None) -> ParsedField:
    wire = str(f.original_name or f.name)
    dt = f.data_type
    nullable = bool(dt.is_optional)
    alternatives = [d for d in dt.data_types if d.type != "None"]
    if len(dt.data_types) != len(alternatives):
        nullable = True
    if dt.type is None and dt.reference is None and not dt.is_list and len(alternatives) == 1:
        dt = alternatives[0]  # anyOf [X, null]
    kind, ref, item_kind = _kind(owner, wire, dt)
    if _format(prop) == "date-time":  # dmc reads it as str: the one place a time is recognised
        if kind != "str":
            raise SchemaError(f"{owner}.{wire}: format date-time is supported on strings only")
        kind = "datetime"
    extras = dict(f.extras or {})
    return ParsedField(
        wire=wire,
        kind=kind,
        ref=ref,
        item_kind=item_kind,
        nullable=nullable,
        description=str(extras.pop("description", "") or ""),
        extras=extras,
    )


def _kind(owner: str, wire: str, dt: Any) -> tuple[str, str | None, str | None]:
    if dt.reference is not None:
        return "object", dt.reference.name, None
    if dt.is_list:
        items = [d for d in dt.data_types if d.type != "None"]
        if len(items) != 1:
            raise SchemaError(f"{owner}.{wire}: a list must have exactly one item type")
        item = items[0]
        if item.reference is not None:
            return "list", item.reference.name, "object"
        if item.type in _SCALARS:
            return "list", None, _SCALARS[item.type]
        raise SchemaError(f"{owner}.{wire}: unsupported list item type {item.type!r}")
    if dt.type in _SCALARS:
        return _SCALARS[dt.type], None, None
    if dt.type is None and len(dt.data_types) == 1 and dt.data_types[0].is_list:
        return _kind(owner, wire, dt.data_types[0])
    raise SchemaError(f"{owner}.{wire}: unsupported schema construct ({dt.type_hint})")
