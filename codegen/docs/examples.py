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
class Example:
    """The example of one operation: the call's source and where its values came from."""

    operation: Operation
    source: str  # "upstream" or "required-fields"
    wire: dict[str, Any]  # the wire request it was built from
    dropped: tuple[str, ...]  # wire paths of the upstream example the schema does not know
    models: tuple[str, ...]  # model classes the call constructs, sorted
    call_args: str  # the argument list of the call, one argument a line, indented by 8
    module: str  # the example file's text

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

    def keywords(self, t: TypeDef, wire: dict[str, Any], path: str, depth: int) -> list[str]:
        by_wire = {f.wire: f for f in t.fields}
        out = []
        for key, value in wire.items():
            f = by_wire.get(key)
            where = f"{path}.{key}" if path else key
            if f is None:
                self.dropped.append(where)
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


def example(api: Api, op: Operation) -> Example:
    upstream = [e for e in op.request.examples if isinstance(e, dict)]
    if upstream:
        wire, source = dict(upstream[0]), "upstream"
    else:
        wire, source = required_request(api, op.request), "required-fields"
    writer = _Writer(api)
    args = writer.keywords(op.request, wire, "", 2)
    if op.subject is not None and op.subject.wire in wire:
        # The subject is the method's positional argument.
        prefix = f"{op.subject.attr}="
        args = [a.removeprefix(prefix) for a in args if a.startswith(prefix)] + [
            a for a in args if not a.startswith(prefix)
        ]
    call_args = "".join(f"        {a},\n" for a in args)
    models = tuple(sorted(writer.models | {op.response.name}))
    return Example(
        operation=op,
        source=source,
        wire=wire,
        dropped=tuple(writer.dropped),
        models=models,
        call_args=call_args,
        module="",
    )
