"""Each operation's Python example, written from its upstream example request.

The upstream example is a wire dict; it becomes typed model construction with snake_case names
by walking the request type's fields in the IR. A request type without an upstream example gets
one built from its required fields (placeholder values), and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..ir import Api, Field, Operation, TypeDef

#: Placeholder values of the scalar kinds, for examples built from required fields.
_PLACEHOLDERS: dict[str, Any] = {"str": "example", "int": 1, "float": 1.0, "bool": False}


@dataclass(frozen=True)
class Setup:
    """A resource the example acts on, made first by its family's create action.

    From the emulator's resource families (``x-tc-emulation``): an action that reads, changes or
    deletes one resource by its id gets one created by the family's create action (from that
    action's own example), so the example runs against a fresh emulator as against an account.
    """

    family: str
    create: Operation
    create_args: str  # the create call's arguments, one a line, indented by 8
    variable: str  # the local name holding the new id
    id_attr: str  # the create response's attribute holding the id (dotted)
    models: tuple[str, ...]
    param: str  # the request field (wire) that takes the id
    many: bool  # it takes a list of ids
    literal: str | None = None  # the id, when the create request names it rather than answers it

    @property
    def checks(self) -> str:
        """The id and every step to it are present (``created.a is not None and ...``)."""
        parts = self.id_attr.split(".")
        steps = ["created." + ".".join(parts[: i + 1]) for i in range(len(parts))]
        return " and ".join(f"{s} is not None" for s in steps)


@dataclass(frozen=True)
class Example:
    """The example of one operation: the call's source and where its values came from."""

    operation: Operation
    source: str  # "upstream" or "required-fields"
    wire: dict[str, Any]  # the wire request it was built from
    dropped: tuple[str, ...]  # wire paths of the upstream example the schema does not know
    models: tuple[str, ...]  # model classes the example constructs and returns, sorted
    call_args: str  # the argument list of the call, one argument a line, indented by 8
    setup: Setup | None = None
    cursor: str | None = None  # the upstream example's page token (wire name), left out

    @property
    def file_name(self) -> str:
        return f"{self.operation.method}.py"


class _Writer:
    def __init__(self, api: Api) -> None:
        self.api = api
        self.models: set[str] = set()
        self.dropped: list[str] = []

    def value(self, f: Field, value: Any, path: str, depth: int) -> str:
        if f.kind == "object" and f.ref is not None and isinstance(value, dict):
            return self.model(self.api.types[f.ref], value, path, depth)
        if f.kind == "list" and f.item_kind == "object" and f.ref and isinstance(value, list):
            t = self.api.types[f.ref]
            items = [self.model(t, v, f"{path}[{i}]", depth + 1) for i, v in enumerate(value)]
            if not all(isinstance(v, dict) for v in value):
                return repr(value)
            return _wrap("[", items, "]", depth)
        return repr(value)

    def model(self, t: TypeDef, wire: dict[str, Any], path: str, depth: int) -> str:
        self.models.add(t.name)
        return _wrap(f"{t.name}(", self.keywords(t, wire, path, depth + 1), ")", depth)

    def keywords(
        self,
        t: TypeDef,
        wire: dict[str, Any],
        path: str,
        depth: int,
        replace: dict[str, str] | None = None,
    ) -> list[str]:
        by_wire = {f.wire: f for f in t.fields}
        out = []
        for key, value in wire.items():
            f = by_wire.get(key)
            where = f"{path}.{key}" if path else key
            if f is None:
                self.dropped.append(where)
                continue
            if replace and key in replace:
                out.append(f"{f.attr}={replace[key]}")
                continue
            out.append(f"{f.attr}={self.value(f, value, where, depth)}")
        return out


def _wrap(opening: str, items: list[str], closing: str, depth: int) -> str:
    """One line when it is short, else one item a line (as ruff would format it)."""
    flat = opening + ", ".join(items) + closing
    if len(flat) + 4 * depth <= 88 and "\n" not in flat:
        return flat
    pad = "    " * (depth + 1)
    inner = "".join(f"{pad}{item},\n" for item in items)
    return f"{opening}\n{inner}{'    ' * depth}{closing}"


def required_request(api: Api, t: TypeDef, depth: int = 0) -> dict[str, Any]:
    """A wire request holding the required fields only, with placeholder values."""
    out: dict[str, Any] = {}
    for f in t.fields:
        if f.request_required:
            out[f.wire] = _placeholder(api, f, depth)
    return out


def _placeholder(api: Api, f: Field, depth: int) -> Any:
    if f.known_values:
        scalar: Any = next(iter(f.known_values))
        if f.kind == "int" or f.item_kind == "int":
            scalar = int(scalar) if str(scalar).lstrip("-").isdigit() else 1
    elif f.ref is not None and depth < 8:
        scalar = required_request(api, api.types[f.ref], depth + 1)
    else:
        scalar = _PLACEHOLDERS.get(str(f.item_kind if f.kind == "list" else f.kind), "example")
    return [scalar] if f.kind == "list" else scalar


def request_wire(api: Api, op: Operation) -> tuple[dict[str, Any], str]:
    """The wire request an example is built from, and where it came from."""
    upstream = [e for e in op.request.examples if isinstance(e, dict)]
    if upstream:
        return dict(upstream[0]), "upstream"
    return required_request(api, op.request), "required-fields"


def _ordered(op: Operation, args: list[str]) -> list[str]:
    """The subject (the method's positional argument) first, without its keyword."""
    if op.subject is None:
        return args
    prefix = f"{op.subject.attr}="
    first = [a.removeprefix(prefix) for a in args if a.startswith(prefix)]
    return first + [a for a in args if not a.startswith(prefix)]


def _lines(args: list[str]) -> str:
    return "".join(f"        {a},\n" for a in args)


def _id_path(api: Api, create: Operation, answer: dict[str, str], id_wire: str) -> str | None:
    """Where the create response holds the new id: a field (``"id"``), or the id field of the
    resource it returns (``"resource"``); as attribute names joined by dots."""
    by_wire = {f.wire: f for f in create.response.fields}
    for wire, what in answer.items():
        f = by_wire.get(wire)
        if f is None:
            continue
        if what == "id":
            return f.attr
        if what == "resource" and f.kind == "object" and f.ref is not None:
            inner = {g.wire: g for g in api.types[f.ref].fields}.get(id_wire)
            if inner is not None:
                return f"{f.attr}.{inner.attr}"
    return None


def _needs(api: Api, op: Operation) -> tuple[str, str, str, str | None, bool] | None:
    """What ``op`` acts on, from the emulator's data: (what, request field, create action, path
    of the id in the create response, whether the field is a list of ids)."""
    families: dict[str, Any] = api.emulation.get("families", {})
    for family, spec in families.items():
        act = spec.get("actions", {}).get(op.action)
        if act is None or act.get("verb") in ("create", "list"):
            continue
        creates = [
            (a, c)
            for a, c in spec["actions"].items()
            if c.get("verb") == "create" and ("answer" in c or "each" in c)
        ]
        if not creates:
            return None
        create_action, create_act = creates[0]
        if "answer" in create_act:
            create = api.operation(create_action)
            id_path = _id_path(api, create, create_act["answer"], spec["id"])
        else:  # one resource per item of a request list, named by the request: "@Words.Keyword"
            id_path = f"@{create_act['each']}.{spec['id']}"
        param = act.get("ids") or act.get("id-param") or spec["id"]
        return family, param, create_action, id_path, bool(act.get("ids"))
    tasks: dict[str, Any] = api.emulation.get("tasks", {})
    for kind, spec in tasks.items():
        describe = spec.get("describe", {}).get(op.action)
        if describe is None or "list" in describe or not spec.get("create"):
            continue
        create = api.operation(spec["create"][0])
        task_id = {f.wire: f.attr for f in create.response.fields}.get("TaskId")
        return f"{kind} task", "TaskId", create.action, task_id, False
    return None


def _setup(api: Api, op: Operation, wire: dict[str, Any], skip: frozenset[str]) -> Setup | None:
    """The resource ``op`` needs made first, when the emulator's data say which."""
    needs = _needs(api, op)
    if needs is None:
        return None
    what, param, create_action, id_path, many = needs
    if param not in wire or create_action in skip or id_path is None:
        return None
    create = api.operation(create_action)
    create_wire, _ = request_wire(api, create)
    literal: str | None = None
    variable = id_path.rsplit(".", 1)[-1]
    if id_path.startswith("@"):
        named = _named_in_request(api, create, create_wire, id_path[1:])
        if named is None:
            return None
        variable, literal = named
    writer = _Writer(api)
    args = _ordered(create, writer.keywords(create.request, create_wire, "", 2))
    return Setup(
        family=what,
        create=create,
        create_args=_lines(args),
        variable=variable,
        id_attr="" if literal else id_path,
        models=tuple(sorted(writer.models)),
        param=param,
        many=many,
        literal=literal,
    )


def _named_in_request(
    api: Api, create: Operation, wire: dict[str, Any], path: str
) -> tuple[str, str] | None:
    """The attribute name and the value (as source) of the id the create request gives its
    first item (``Words.Keyword``: ``Words[0].Keyword``)."""
    items_wire, id_wire = path.split(".", 1)
    items = wire.get(items_wire)
    f = {g.wire: g for g in create.request.fields}.get(items_wire)
    if not isinstance(items, list) or not items or f is None or f.ref is None:
        return None
    inner = {g.wire: g for g in api.types[f.ref].fields}.get(id_wire)
    if inner is None or not isinstance(items[0], dict) or id_wire not in items[0]:
        return None
    return inner.attr, repr(items[0][id_wire])


def example(api: Api, op: Operation, skip: frozenset[str] = frozenset()) -> Example:
    """``skip``: actions whose own example fails, so that they cannot make a resource."""
    wire, source = request_wire(api, op)
    token = op.pagination.request_token if op.pagination else None
    cursor: str | None = None
    if token is not None and token.wire in wire:
        # A page token the real service issued means nothing to another account or emulator.
        wire = {k: v for k, v in wire.items() if k != token.wire}
        cursor = token.wire
    setup = _setup(api, op, wire, skip)
    replace: dict[str, str] = {}
    if setup is not None:
        replace[setup.param] = f"[{setup.variable}]" if setup.many else setup.variable
    writer = _Writer(api)
    args = _ordered(op, writer.keywords(op.request, wire, "", 2, replace))
    models = writer.models | {op.response.name} | set(setup.models if setup else ())
    return Example(
        operation=op,
        source=source,
        wire=wire,
        dropped=tuple(writer.dropped),
        models=tuple(sorted(models)),
        call_args=_lines(args),
        setup=setup,
        cursor=cursor,
    )
