"""schema/ -> :class:`codegen.ir.Api`: one parse of the types, the operations read from OpenAPI.

Everything the templates need is decided here, once: Python names (by :mod:`codegen.naming`),
which types are sent and which received, error classes and their parents, deduplicated enums,
waiters, pagination. Inconsistencies in schema/ (a clash of names, a reference to a field that
does not exist) stop the generation with a message naming the place in schema/.
"""

from __future__ import annotations

import dataclasses
import json
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, cast

from . import naming
from .ir import (
    Acceptor,
    Api,
    Base,
    EnumDef,
    EnumMember,
    ErrorCode,
    Field,
    Follow,
    Kind,
    Operation,
    Pagination,
    TypeDef,
    Waiter,
    Watcher,
)
from .parse import ParsedField, ParsedType, parse_types

SCHEMA_FILE = "mps.schema.json"
OPENAPI_FILE = "mps.openapi.json"
#: Requests per second when an operation documents no limit (Tencent Cloud's usual default).
DEFAULT_RATE_LIMIT = 20.0
#: Error codes whose answer means the request was rejected before it was acted on.
THROTTLING_FAMILY = "RequestLimitExceeded"


class SpecError(ValueError):
    """schema/ is inconsistent; the message names where."""


def load(schema_dir: Path, *, pyproject: Path | None = None) -> Api:
    """Read schema/ (and the SDK version from ``pyproject``) into the typed description."""
    openapi: dict[str, Any] = json.loads((schema_dir / OPENAPI_FILE).read_text(encoding="utf-8"))
    parsed = parse_types(schema_dir / SCHEMA_FILE)
    signing = openapi["components"]["securitySchemes"]["TC3"].get("x-tc-signing", {})
    api = Api(
        service=str(openapi["x-tc-service"]),
        api_version=str(openapi["info"]["version"]),
        endpoint=str(openapi["servers"][0]["url"]),
        sdk_version=_sdk_version(pyproject),
        title=str(openapi["info"]["title"]),
        max_clock_skew=int(signing.get("max-clock-skew-seconds", 300)),
    )
    types = {name: _type(p) for name, p in parsed.items()}
    naming.unique({n: t.module for n, t in types.items()}, "model modules")
    for name, t in types.items():
        for f in t.fields:
            if f.ref is not None and f.ref not in types:
                raise SpecError(f"{SCHEMA_FILE}: {name}.{f.wire} refers to unknown type {f.ref}")
    api.types = types
    raw_operations = _operations(openapi)
    api.operations = [_operation(path, op, types) for path, op in raw_operations]
    api.operations = [_with_watchers(api, path, op) for path, op in raw_operations]
    api.operations = [_with_follow(api, path, op) for path, op in raw_operations]
    naming.unique({op.action: op.method for op in api.operations}, "client methods")
    _mark_directions(api)
    for op in api.operations:
        for f in op.request.fields:
            if f.attr in naming.RESERVED_ARGUMENTS:
                raise SpecError(
                    f"{SCHEMA_FILE}: {op.request.name}.{f.wire} would become the argument "
                    f"{f.attr!r}, which every generated method already takes"
                )
    api.errors = _errors(openapi.get("x-tc-error-codes", []))
    api.enums = _enums(api)
    default = openapi.get("x-tc-default-operation")
    api.default_operation = api.operation(default) if default else None
    api.emulation = _emulation(api, openapi.get("x-tc-emulation", {}))
    return api


def _emulation(api: Api, table: dict[str, Any]) -> dict[str, Any]:
    """``x-tc-emulation``, checked: every action, type and family it names exists."""
    actions = {op.action for op in api.operations}
    where = f"{OPENAPI_FILE} x-tc-emulation"
    families = table.get("families", {})
    for name, family in families.items():
        if family["item"] not in api.types:
            raise SpecError(f"{where}.families.{name}: unknown item type {family['item']}")
        for action in family["actions"]:
            if action not in actions:
                raise SpecError(f"{where}.families.{name}: unknown action {action}")
    for ref in table.get("references", ()):
        if ref["action"] not in actions or ref["family"] not in families:
            raise SpecError(f"{where}.references: {ref['action']} -> {ref['family']} is unknown")
    for name, kind in table.get("tasks", {}).items():
        for action in [*kind["create"], *kind["describe"]]:
            if action not in actions:
                raise SpecError(f"{where}.tasks.{name}: unknown action {action}")
    enforced: dict[str, dict[str, list[str]]] = {}
    for rule in table.get("enforced-values", ()):
        type_name, _, wire = rule.partition(".")
        type_def = api.types.get(type_name)
        found = [f for f in type_def.fields if f.wire == wire] if type_def else []
        if not found or not found[0].known_values:
            raise SpecError(
                f"{where}.enforced-values: {rule} is not a field with documented values"
            )
        enforced.setdefault(type_name, {})[wire] = list(found[0].known_values)
    return {**table, "enforced": enforced}


def _sdk_version(pyproject: Path | None) -> str:
    """The package version: defined once, in pyproject.toml."""
    path = pyproject or Path(__file__).resolve().parent.parent / "pyproject.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return str(data["project"]["version"])


# -- types -------------------------------------------------------------------------------------


def _type(p: ParsedType) -> TypeDef:
    fields = tuple(_field(p.name, f) for f in p.fields)
    naming.unique({f.wire: f.attr for f in fields}, f"attributes of {p.name}")
    base = None
    if p.base_path:
        module, _, name = p.base_path.rpartition(".")
        base = Base(module, name)
    task_fields = dict(p.extensions.get("x-tc-task-fields") or {})
    wires = {f.wire for f in fields}
    for task_type, wire in task_fields.items():
        if wire not in wires:
            raise SpecError(f"{SCHEMA_FILE}: {p.name} x-tc-task-fields[{task_type!r}]: no {wire}")
    return TypeDef(
        name=p.name,
        module=naming.snake(p.name),
        description=p.description,
        fields=fields,
        base=base,
        task_fields=task_fields,
        deprecated=bool(p.extensions.get("deprecated")),
        removed_upstream=p.extensions.get("x-removed-upstream"),
        examples=p.examples,
    )


def _field(owner: str, p: ParsedField) -> Field:
    x = p.extras
    known = x.get("known_values")
    if known is not None and not (
        isinstance(known, dict) and all(isinstance(v, str) for v in known.values())
    ):
        raise SpecError(f"{SCHEMA_FILE}: {owner}.{p.wire}: x-known-values must map values to text")
    return Field(
        wire=p.wire,
        attr=naming.snake(p.wire),
        kind=cast(Kind, p.kind),
        ref=p.ref,
        item_kind=cast(Any, p.item_kind),
        nullable=p.nullable,
        request_required=bool(x.get("request_required")),
        always_present=bool(x.get("always_present")),
        description=p.description,
        known_values=dict(known) if known else None,
        unit=x.get("unit"),
        deprecated=bool(x.get("deprecated")),
        removed_upstream=x.get("removed_upstream"),
        sensitive=bool(x.get("sensitive")),
        enum=x.get("enum_name"),  # an explicit name; replaced by the resolved enum later
    )


def _reachable(types: dict[str, TypeDef], roots: Iterable[str]) -> set[str]:
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        stack.extend(types[name].refs)
    return seen


def _mark_directions(api: Api) -> None:
    sent = _reachable(api.types, (op.request.name for op in api.operations))
    api.types = {
        name: dataclasses.replace(t, in_request=name in sent) for name, t in api.types.items()
    }
    api.operations = [
        dataclasses.replace(
            op, request=api.types[op.request.name], response=api.types[op.response.name]
        )
        for op in api.operations
    ]


# -- operations --------------------------------------------------------------------------------


def _operations(openapi: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path, item in openapi["paths"].items():
        for method, op in item.items():
            if method != "post":
                raise SpecError(f"{OPENAPI_FILE}: {path}: only POST operations exist in API 3.0")
            found.append((path, op))
    return sorted(found, key=lambda pair: str(pair[1]["x-tc-action"]))


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[1]


def _operation(path: str, op: dict[str, Any], types: dict[str, TypeDef]) -> Operation:
    action = str(op["x-tc-action"])
    where = f"{OPENAPI_FILE} {path}"
    request_name = _ref_name(op["requestBody"]["content"]["application/json"]["schema"]["$ref"])
    success = op["responses"]["200"]["content"]["application/json"]["schema"]["oneOf"][0]
    response_name = _ref_name(success["properties"]["Response"]["$ref"])
    for name in (request_name, response_name):
        if name not in types:
            raise SpecError(f"{where}: {name} is not in {SCHEMA_FILE}")
    request, response = types[request_name], types[response_name]
    method = naming.snake(action)
    return Operation(
        action=action,
        version=str(op["x-tc-version"]),
        method=method,
        constant=naming.constant(action),
        summary=str(op.get("summary", "")),
        description=str(op.get("description", "")),
        request=request,
        response=response,
        idempotent=bool(op.get("x-tc-idempotent", False)),
        rate_limit=_rate_limit(op),
        error_codes=tuple(op.get("x-tc-error-codes", ())),
        applied_codes=tuple(op.get("x-tc-applied-codes", ())),
        waiters=tuple(
            _waiter(where, name, w, request, response, types)
            for name, w in sorted(op.get("x-tc-waiters", {}).items())
        ),
        pagination=_pagination(where, op.get("x-tc-pagination"), request, response, method),
        parse_function=naming.parser(response_name),
        subject=_subject(where, op.get("x-tc-subject"), request),
    )


def _rate_limit(op: Mapping[str, Any]) -> float | None:
    """``x-tc-rate-limit-per-second``: a number, ``null`` for no documented quota; absent: 20."""
    if "x-tc-rate-limit-per-second" not in op:
        return DEFAULT_RATE_LIMIT
    value = op["x-tc-rate-limit-per-second"]
    return None if value is None else float(value)


def _subject(where: str, wire: object, request: TypeDef) -> Field | None:
    """The request field named by ``x-tc-subject``: the method's one positional argument."""
    if wire is None:
        return None
    return _request_field(where, request, str(wire))


def _request_field(where: str, t: TypeDef, wire: str) -> Field:
    for f in t.fields:
        if f.wire == wire:
            return f
    raise SpecError(f"{where}: {t.name} has no field {wire!r}")


def _attr_path(
    where: str, wire_path: str, t: TypeDef, types: dict[str, TypeDef]
) -> tuple[str, ...]:
    """``TaskSet[].Status`` -> ``("task_set", "[]", "status")``, checked against the types."""
    steps: list[str] = []
    current: TypeDef | None = t
    for part in wire_path.split("."):
        is_list = part.endswith("[]")
        wire = part.removesuffix("[]")
        if current is None:
            raise SpecError(f"{where}: {wire_path!r}: {wire} is inside a value that has no fields")
        f = _request_field(where, current, wire)
        steps.append(f.attr)
        if is_list:
            if f.kind != "list":
                raise SpecError(f"{where}: {wire_path!r}: {wire} is not a list")
            steps.append("[]")
        current = types[f.ref] if f.ref is not None else None
    if steps.count("[]") > 1:
        raise SpecError(f"{where}: {wire_path!r}: at most one [] is supported")
    return tuple(steps)


def _waiter(
    where: str,
    name: str,
    w: dict[str, Any],
    request: TypeDef,
    response: TypeDef,
    types: dict[str, TypeDef],
) -> Waiter:
    where = f"{where} x-tc-waiters.{name}"
    inputs = tuple(_request_field(where, request, wire) for wire in w["inputs"])
    acceptors = []
    for a in w["acceptors"]:
        matcher = a.get("matcher", "path")
        if a["state"] not in ("success", "failure", "retry"):
            raise SpecError(f"{where}: unknown acceptor state {a['state']!r}")
        if matcher == "error":
            path: tuple[str, ...] = ()
        elif matcher in ("path", "path-any"):
            path = _attr_path(where, a["path"], response, types)
            if (matcher == "path-any") != ("[]" in path):
                raise SpecError(f"{where}: a path-any matcher needs exactly one [] in its path")
        else:
            raise SpecError(f"{where}: unknown matcher {matcher!r}")
        acceptors.append(Acceptor(a["state"], matcher, path, a.get("path", ""), a["expected"]))
    return Waiter(
        name=name,
        description=str(w.get("description", "")),
        inputs=inputs,
        interval=float(w["interval-seconds"]),
        timeout=float(w["timeout-seconds"]),
        acceptors=tuple(acceptors),
    )


def _pagination(
    where: str, p: dict[str, Any] | None, request: TypeDef, response: TypeDef, method: str
) -> Pagination | None:
    if p is None:
        return None
    where = f"{where} x-tc-pagination"
    style = p["style"]
    needed = {
        "scroll-token": ("request-token", "response-token"),
        "offset-limit": ("offset", "limit"),
        "page-number": ("page", "page-size"),
    }.get(style)
    if needed is None:
        raise SpecError(f"{where}: unknown style {style!r}")
    missing = [k for k in needed if k not in p]
    if missing:
        raise SpecError(f"{where}: style {style} needs {', '.join(missing)}")

    def req(key: str) -> Field | None:
        return _request_field(where, request, p[key]) if key in p else None

    def resp(key: str) -> Field | None:
        return _request_field(where, response, p[key]) if key in p else None

    items = _request_field(where, response, p["items"])
    if items.kind != "list":
        raise SpecError(f"{where}: items {items.wire} is not a list")
    return Pagination(
        method=str(p["method"]),
        style=style,
        items=items,
        item_type=str(items.ref if items.item_kind == "object" else items.item_kind),
        request_token=req("request-token"),
        response_token=resp("response-token"),
        offset=req("offset"),
        limit=req("limit"),
        page=req("page"),
        page_size=req("page-size"),
        total=resp("total"),
        max_page_size=int(p["max-page-size"]) if "max-page-size" in p else None,
        operation_method=method,
    )


def _with_watchers(api: Api, path: str, raw: dict[str, Any]) -> Operation:
    """The operation with its ``x-tc-watchers`` (they refer to other operations)."""
    op = api.operation(str(raw["x-tc-action"]))
    watchers = []
    for name, w in sorted(raw.get("x-tc-watchers", {}).items()):
        where = f"{OPENAPI_FILE} {path} x-tc-watchers.{name}"
        waiter = next((x for x in op.waiters if x.name == w["waiter"]), None)
        if waiter is None:
            raise SpecError(f"{where}: no waiter named {w['waiter']!r} on {op.action}")
        spec = w["list"]
        try:
            listing = api.operation(str(spec["operation"]))
        except KeyError:
            raise SpecError(f"{where}: no operation {spec['operation']!r}") from None
        if listing.pagination is None:
            raise SpecError(f"{where}: {listing.action} has no x-tc-pagination")
        item_type = listing.pagination.items.ref
        if item_type is None:
            raise SpecError(f"{where}: the items of {listing.action} are not objects")
        items_def = api.types[item_type]
        created = spec.get("item-created")
        watchers.append(
            Watcher(
                name=name,
                description=str(w.get("description", "")),
                waiter=waiter,
                item_id=_request_field(where, op.request, str(w["id"])),
                interval=float(w["interval-seconds"]),
                timeout=float(w["timeout-seconds"]),
                list_action=listing.action,
                list_constant=listing.constant,
                list_request=listing.request.name,
                list_request_module=listing.request.module,
                status=_request_field(where, listing.request, str(spec["status"])),
                since=_request_field(where, listing.request, str(spec["since"])),
                page_size=listing.pagination.limit or listing.pagination.page_size,
                max_page_size=listing.pagination.max_page_size,
                items=listing.pagination.items.attr,
                item_key=_request_field(where, items_def, str(spec["item-id"])).attr,
                item_created=_request_field(where, items_def, created).attr if created else None,
                done_status=str(spec["done-status"]),
                other_statuses=tuple(str(x) for x in spec.get("other-statuses", ())),
                visible_days=float(spec.get("visible-days", 7)),
            )
        )
    return dataclasses.replace(op, watchers=tuple(watchers))


def _with_follow(api: Api, path: str, raw: dict[str, Any]) -> Operation:
    """The operation with its ``x-tc-followed-by`` (the waiter of another operation)."""
    op = api.operation(str(raw["x-tc-action"]))
    spec = raw.get("x-tc-followed-by")
    if spec is None:
        return op
    where = f"{OPENAPI_FILE} {path} x-tc-followed-by"
    try:
        polled = api.operation(str(spec["operation"]))
    except KeyError:
        raise SpecError(f"{where}: no operation {spec['operation']!r}") from None
    waiter = next((w for w in polled.waiters if w.name == spec["waiter"]), None)
    if waiter is None:
        raise SpecError(f"{where}: no waiter named {spec['waiter']!r} on {polled.action}")
    inputs = tuple((f.attr, _request_field(where, op.response, f.wire).wire) for f in waiter.inputs)
    follow = Follow(polled.action, polled.constant, waiter, inputs)
    return dataclasses.replace(op, followed_by=follow)


# -- errors ------------------------------------------------------------------------------------


def _errors(entries: list[dict[str, Any]]) -> list[ErrorCode]:
    codes = {str(e["code"]): e for e in entries}
    for code in list(codes):  # a family ("AuthFailure") gets a class even when it is no code itself
        family = code.split(".", 1)[0]
        if family not in codes:
            codes[family] = {
                "code": family,
                "description": f"Any {family}.* error.",
                "retryable": False,
                "scope": "family",
            }
    names = {
        code: str(e.get("class-name") or naming.error_class(code)) for code, e in codes.items()
    }
    names["(base class)"] = "APIError"
    naming.unique(dict(sorted(names.items())), f"{OPENAPI_FILE} x-tc-error-codes classes")
    errors = []
    for code in sorted(codes):
        parent = code.rsplit(".", 1)[0] if "." in code else None
        while parent and parent not in codes and "." in parent:
            parent = parent.rsplit(".", 1)[0]
        e = codes[code]
        errors.append(
            ErrorCode(
                code=code,
                class_name=names[code],
                parent_class=names[parent] if parent and parent in codes else "APIError",
                description=str(e["description"]),
                retryable=bool(e.get("retryable")),
                throttling=code.split(".", 1)[0] == THROTTLING_FAMILY,
                scope=str(e.get("scope", "service")),
            )
        )
    return errors


# -- enums -------------------------------------------------------------------------------------


def _enums(api: Api) -> list[EnumDef]:
    """One StrEnum per ``x-enum-name`` (sync writes one on every field with documented values).

    Fields naming the same enum share it; its members are the union of their values. A field
    without a name (a schema sync has not seen) shares the enum of fields with the same values,
    named after the first of them (by type and wire name).
    """
    groups: dict[tuple[str, frozenset[str]], list[tuple[TypeDef, Field]]] = {}
    unnamed: list[tuple[TypeDef, Field]] = []
    named_sets: dict[frozenset[str], str] = {}
    for t in api.types.values():
        for f in t.fields:
            string_valued = f.kind == "str" or (f.kind == "list" and f.item_kind == "str")
            if f.known_values and string_valued:
                if f.enum:
                    groups.setdefault((f.enum, frozenset()), []).append((t, f))
                    named_sets.setdefault(frozenset(f.known_values), f.enum)
                else:
                    unnamed.append((t, f))
    for t, f in unnamed:
        assert f.known_values is not None
        values = frozenset(f.known_values)
        name = named_sets.get(values)
        key = (name, frozenset()) if name else ("", values)
        groups.setdefault(key, []).append((t, f))
    enums: list[EnumDef] = []
    resolved: dict[tuple[str, str], str] = {}
    for (explicit, _), owners in groups.items():
        first_t, first_f = owners[0]
        name = explicit or naming.enum_class(first_t.name, first_f.wire)
        meanings: dict[str, str] = {}
        for _, f in owners:
            assert f.known_values is not None
            for value, meaning in f.known_values.items():
                meanings.setdefault(value, meaning)
        members: list[EnumMember] = []
        seen: set[str] = set()
        for value, meaning in meanings.items():
            member = naming.enum_member(value)
            while member in seen:
                member += "_"
            seen.add(member)
            members.append(EnumMember(member, value, meaning[:1].upper() + meaning[1:]))
        enums.append(EnumDef(name, tuple(members), tuple(f"{t.name}.{f.wire}" for t, f in owners)))
        for t, f in owners:
            resolved[(t.name, f.wire)] = name
    naming.unique({e.owners[0]: e.name for e in enums}, "string enums")
    api.types = {
        name: dataclasses.replace(
            t,
            fields=tuple(
                dataclasses.replace(f, enum=resolved.get((name, f.wire))) for f in t.fields
            ),
        )
        for name, t in api.types.items()
    }
    by_name = api.types
    api.operations = [
        dataclasses.replace(
            op,
            request=by_name[op.request.name],
            response=by_name[op.response.name],
            subject=_refresh(op.subject, by_name[op.request.name]),
        )
        for op in api.operations
    ]
    return sorted(enums, key=lambda e: e.name)


def _refresh(f: Field | None, t: TypeDef) -> Field | None:
    if f is None:
        return None
    return next(g for g in t.fields if g.wire == f.wire)
