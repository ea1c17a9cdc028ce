"""Read ``schema/`` into a small typed description that every generation step shares."""

from __future__ import annotations

import json
import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SCHEMA_FILE = "describe-task-detail.schema.json"
OPENAPI_FILE = "describe-task-detail.openapi.json"

#: How a field's value is represented on the wire.
SCALAR_KINDS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


@dataclass(frozen=True)
class FieldSpec:
    wire: str  # wire name, e.g. "MetaData"
    attr: str  # Python attribute, e.g. "meta_data"
    kind: str  # "str" | "int" | "float" | "bool" | "object" | "list"
    ref: str | None  # referenced type (object, or list of objects)
    item_kind: str | None  # list element kind: scalar kind or "object"
    nullable: bool
    required: bool
    description: str
    known_values: dict[str, str] | None
    enum_name: str | None
    unit: str | None
    deprecated: bool

    @property
    def py_type(self) -> str:
        """The annotation of the attribute, without ``| None``."""
        if self.kind == "object":
            return str(self.ref)
        if self.kind == "list":
            inner = self.ref if self.item_kind == "object" else self.item_kind
            return f"list[{inner}]"
        return self.kind


@dataclass(frozen=True)
class TypeSpec:
    name: str
    module: str  # module name under tencent_mps.models
    description: str
    fields: tuple[FieldSpec, ...]


@dataclass(frozen=True)
class ErrorSpec:
    code: str
    class_name: str
    parent_class: str
    description: str
    retryable: bool
    scope: str


@dataclass(frozen=True)
class AcceptorSpec:
    state: str  # "success" | "retry" | "failure"
    attr: str  # response attribute compared
    expected: str


@dataclass(frozen=True)
class WaiterSpec:
    name: str  # client method name
    description: str
    inputs: dict[str, str]  # request wire name -> keyword argument
    interval: float
    timeout: float
    acceptors: tuple[AcceptorSpec, ...]


@dataclass(frozen=True)
class OperationSpec:
    action: str
    version: str
    service: str
    method: str  # snake_case client method
    request: str
    response: str
    summary: str
    description: str
    error_codes: tuple[str, ...]
    waiters: tuple[WaiterSpec, ...] = ()


@dataclass
class Spec:
    schema: dict[str, Any]
    openapi: dict[str, Any]
    types: dict[str, TypeSpec] = field(default_factory=dict)
    errors: list[ErrorSpec] = field(default_factory=list)
    operations: list[OperationSpec] = field(default_factory=list)
    endpoint: str = ""


_CAMEL_1 = re.compile(r"(.)([A-Z][a-z]+)")
_CAMEL_2 = re.compile(r"([a-z0-9])([A-Z])")


def snake(name: str) -> str:
    """``MediaProcessResultSet`` -> ``media_process_result_set``; ``KeyPTSList`` -> ``key_pts_list``."""
    s = _CAMEL_1.sub(r"\1_\2", name)
    s = _CAMEL_2.sub(r"\1_\2", s).lower()
    return s + "_" if keyword.iskeyword(s) else s


def _field(name: str, prop: dict[str, Any], required: bool) -> FieldSpec:
    nullable = False
    body = prop
    if "anyOf" in prop:
        alts = prop["anyOf"]
        nullable = any(a.get("type") == "null" for a in alts)
        body = next(a for a in alts if a.get("type") != "null")
    types = body.get("type")
    if isinstance(types, list):
        nullable = "null" in types
        types = next(t for t in types if t != "null")
    ref = item_kind = None
    if "$ref" in body:
        kind, ref = "object", body["$ref"].rsplit("/", 1)[1]
    elif types == "array":
        kind = "list"
        items = body["items"]
        if "$ref" in items:
            item_kind, ref = "object", items["$ref"].rsplit("/", 1)[1]
        else:
            item_kind = SCALAR_KINDS[items["type"]]
    else:
        kind = SCALAR_KINDS[str(types)]
    return FieldSpec(
        wire=name,
        attr=snake(name),
        kind=kind,
        ref=ref,
        item_kind=item_kind,
        nullable=nullable,
        required=required,
        description=prop.get("description", ""),
        known_values=prop.get("x-known-values"),
        enum_name=prop.get("x-enum-name"),
        unit=prop.get("x-unit"),
        deprecated=bool(prop.get("deprecated")),
    )


def _waiter(name: str, w: dict[str, Any]) -> WaiterSpec:
    return WaiterSpec(
        name=name,
        description=w.get("description", ""),
        inputs=dict(w["input"]),
        interval=float(w["interval-seconds"]),
        timeout=float(w["timeout-seconds"]),
        acceptors=tuple(
            AcceptorSpec(a["state"], snake(a["field"]), a["expected"]) for a in w["acceptors"]
        ),
    )


def error_class_name(code: str) -> str:
    return code.replace(".", "") + "Error"


def load(schema_dir: Path) -> Spec:
    schema = json.loads((schema_dir / SCHEMA_FILE).read_text(encoding="utf-8"))
    openapi = json.loads((schema_dir / OPENAPI_FILE).read_text(encoding="utf-8"))
    spec = Spec(schema=schema, openapi=openapi, endpoint=openapi["servers"][0]["url"])
    for name, d in sorted(schema["$defs"].items()):
        req = set(d.get("required", ()))
        fields = tuple(_field(k, v, k in req) for k, v in d["properties"].items())
        attrs = [f.attr for f in fields]
        if len(set(attrs)) != len(attrs):
            raise ValueError(f"{name}: two wire names map to one attribute: {attrs}")
        spec.types[name] = TypeSpec(name, snake(name), d.get("description", ""), fields)
    codes = {e["code"]: e for e in openapi["x-tc-error-codes"]}
    for code in list(codes):  # a family ("AuthFailure") gets a class even when it is no code itself
        family = code.split(".", 1)[0]
        if family not in codes:
            codes[family] = {
                "code": family,
                "description": f"Any {family}.* error.",
                "retryable": False,
                "scope": "family",
            }
    for code in sorted(codes):
        parent = code.rsplit(".", 1)[0] if "." in code else None
        while parent and parent not in codes and "." in parent:
            parent = parent.rsplit(".", 1)[0]
        e = codes[code]
        spec.errors.append(
            ErrorSpec(
                code=code,
                class_name=error_class_name(code),
                parent_class=error_class_name(parent) if parent and parent in codes else "APIError",
                description=e["description"],
                retryable=bool(e["retryable"]),
                scope=e["scope"],
            )
        )
    for ops in openapi["paths"].values():
        for op in ops.values():
            body_ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            request = body_ref.rsplit("/", 1)[1]
            spec.operations.append(
                OperationSpec(
                    action=op["x-tc-action"],
                    version=op["x-tc-version"],
                    service=op["x-tc-service"],
                    method=snake(op["x-tc-action"]),
                    request=request,
                    response=request.removesuffix("Request") + "Response",
                    summary=op.get("summary", ""),
                    description=op.get("description", ""),
                    error_codes=tuple(op.get("x-tc-error-codes", ())),
                    waiters=tuple(
                        _waiter(k, w) for k, w in sorted(op.get("x-tc-waiters", {}).items())
                    ),
                )
            )
    return spec
