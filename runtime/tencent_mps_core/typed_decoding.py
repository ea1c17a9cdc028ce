"""The speedups extra's typed path: msgspec decodes a response body straight into typed Structs.

With msgspec selected as the JSON parser (:func:`~.envelope.select_parser`), an action whose
responses have been decoded ``WARM_AFTER`` times the ordinary way gets a typed decoder: msgspec
Structs made from the models' ``WIRE_NAMES`` and ``FIELD_KINDS`` check every kind in C, and a
straight-line converter per model (compiled once, from the same tables) copies the Struct into
the model. Nested models that no answer has contained yet are kept as raw JSON and decoded the
ordinary way, so a typed decoder builds only the classes already in use; it is rebuilt (at most
``MAX_BUILDS`` times per action) once such raw fields keep coming.

The typed path gives the same models as the ordinary one or steps aside: anything it does not
accept exactly as the ordinary decoder would (an unknown field, a null inside a list, an error
envelope, an integer too large for a float, a time it cannot read, bad JSON) makes it return
:data:`DECLINED`, and the caller decodes the body the ordinary way, which answers as always.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from types import GenericAlias
from typing import Any

from . import codecs as _c
from . import decoding as _d
from . import times as _t
from .exceptions import DecodeError

#: Ordinary decodes of an action's response before its typed decoder is built.
WARM_AFTER = 16
#: Typed decodes that met a raw (not yet typed) nested model before the decoder is rebuilt.
REBUILD_AFTER = 64
#: Builds per action at most (the first one included).
MAX_BUILDS = 4

DECLINED: Any = object()


#: The Struct field type of each scalar kind (a number field keeps an integer as sent).
_SCALARS: dict[str, Any] = {"str": str, "int": int, "float": int | float, "bool": bool}


def _opt(kind: Any) -> Any:
    return kind | None


def _list_of(kind: Any) -> Any:
    return GenericAlias(list, (kind,))


class _Plan:
    """One action's typed decoder, or its count of ordinary decodes until it gets one."""

    __slots__ = ("builds", "decode", "seen")

    def __init__(self) -> None:
        self.seen = 0
        self.builds = 0
        self.decode: Callable[[Any], Any] | None = None


_PLANS: dict[tuple[int, str], _Plan] = {}
_LOCK = threading.Lock()


def _tables_of(decoders: Mapping[str, Any]) -> _c.Codecs | None:
    for tables in _c._PACKAGES.values():
        if tables.structure is decoders:
            return tables
    return None


def _in_use(tables: _c.Codecs, name: str) -> bool:
    """Whether ``name``'s codec has been built (an answer contained one): its class is loaded."""
    found = tables.structure.get(name)
    return found is not None and not isinstance(found, _c._StandIn)


class _Builder:
    """Makes the Structs and converters of the models in use under one response type."""

    def __init__(self, msgspec: Any, tables: _c.Codecs) -> None:
        self.msgspec = msgspec
        self.tables = tables
        self.structs: dict[str, Any] = {}
        self.sources: list[str] = []
        self.raw_hits = [0]
        self.env: dict[str, Any] = {
            "new": object.__new__,
            "time": _t.decode,  # a DecodeError declines the body
            "real": _d.number,  # refuses an integer too large for a float
            "load": self._raw_loader(),
            "objects": _d.objects,
            "S": tables.structure,
            "Raw": msgspec.Raw,
        }

    def _raw_loader(self) -> Callable[[Any], Any]:
        """Parses a raw nested model (valid JSON: msgspec kept it as such), counting the hits."""
        import msgspec.json

        decode = msgspec.json.Decoder().decode
        hits = self.raw_hits

        def load(raw: Any) -> Any:
            hits[0] += 1
            return decode(raw)

        return load

    def struct(self, name: str) -> Any:
        if name in self.structs:
            return self.structs[name]
        cls = self.tables.model(name)
        fields = _c._fields(cls)
        self.structs[name] = None  # a model that contains itself: raw below this level
        specs: list[tuple[str, Any, Any]] = []
        lines = [f"def c_{name}(s):", f"    o = new(K_{name})"]
        for f in fields:
            a = f.attr
            if f.op in (_c._MODEL, _c._MODEL_LIST):
                typed = _in_use(self.tables, f.kind) and self.struct(f.kind) is not None
                if not typed:
                    specs.append((a, self.msgspec.Raw, None))
                    decoded = (
                        f"S[{f.kind!r}](v)"
                        if f.op == _c._MODEL
                        else f"objects({f.wire!r}, v, S[{f.kind!r}])"
                    )
                    lines.append(f"    v = s.{a}\n    if v is not None:")
                    lines.append("        v = load(v)\n        if v is not None:")
                    lines.append(f"            v = {decoded}\n    o.{a} = v")
                    continue
                item = self.structs[f.kind]
                if f.op == _c._MODEL:
                    specs.append((a, _opt(item), None))
                    lines.append(f"    v = s.{a}\n    o.{a} = None if v is None else c_{f.kind}(v)")
                else:
                    specs.append((a, _opt(_list_of(item)), None))
                    lines.append(f"    v = s.{a}")
                    lines.append(f"    o.{a} = None if v is None else [c_{f.kind}(x) for x in v]")
            elif f.op == _c._TIME:
                specs.append((a, _opt(str), None))
                lines.append(
                    f"    v = s.{a}\n    o.{a} = None if v is None else time({f.wire!r}, v)"
                )
            elif f.op == _c._SCALAR_LIST:
                specs.append((a, _opt(_list_of(_SCALARS[f.kind])), None))
                lines.append(f"    o.{a} = s.{a}")
            elif f.op == _c._FLOAT:
                specs.append((a, _opt(_SCALARS["float"]), None))
                lines.append(
                    f"    v = s.{a}\n    o.{a} = v if type(v) is not int else real({f.wire!r}, v)"
                )
            else:
                specs.append((a, _opt(_SCALARS[f.kind]), None))
                lines.append(f"    o.{a} = s.{a}")
        lines.append("    o.unknown_fields = None\n    return o\n")
        made = self.msgspec.defstruct(
            name,
            specs,
            rename={f.attr: f.wire for f in fields},
            forbid_unknown_fields=True,
            kw_only=True,
            gc=False,
        )
        self.structs[name] = made
        self.env[f"K_{name}"] = cls
        self.sources.append("\n".join(lines))
        return made

    def decoder(self, response_type: str) -> Callable[[Any], Any]:
        import msgspec.json

        top = self.struct(response_type)
        envelope = self.msgspec.defstruct("Envelope", [("Response", top)])
        exec(compile("\n".join(self.sources), "<tencent_mps typed decoders>", "exec"), self.env)
        convert = self.env[f"c_{response_type}"]
        decode = msgspec.json.Decoder(envelope).decode
        errors = (self.msgspec.ValidationError, self.msgspec.DecodeError, DecodeError)

        def typed(body: Any) -> Any:
            try:
                return convert(decode(body).Response)
            except errors:
                return DECLINED

        return typed


def decode(decoders: Mapping[str, Any], response_type: str, body: bytes | bytearray | str) -> Any:
    """``body`` decoded on the typed path, or :data:`DECLINED` (then decode it the ordinary
    way, which also counts towards this action's typed decoder)."""
    plan = _PLANS.get((id(decoders), response_type))
    if plan is None:
        plan = _PLANS.setdefault((id(decoders), response_type), _Plan())
    typed = plan.decode
    if typed is None:
        plan.seen += 1
        if plan.seen >= WARM_AFTER and plan.builds < MAX_BUILDS:
            _build(plan, decoders, response_type)
        return DECLINED
    return typed(body)


def _build(plan: _Plan, decoders: Mapping[str, Any], response_type: str) -> None:
    with _LOCK:
        if plan.decode is not None or plan.builds >= MAX_BUILDS:
            return
        plan.builds += 1
        tables = _tables_of(decoders)
        try:
            import msgspec
        except ImportError:  # pragma: no cover - only called with msgspec selected
            plan.builds = MAX_BUILDS
            return
        if tables is None:
            plan.builds = MAX_BUILDS
            return
        builder = _Builder(msgspec, tables)
        try:
            typed = builder.decoder(response_type)
        except Exception:  # a model the typed path cannot express: stay on the ordinary one
            plan.builds = MAX_BUILDS
            return
        hits = builder.raw_hits

        def counted(body: Any) -> Any:
            result = typed(body)
            if hits[0] > REBUILD_AFTER and plan.builds < MAX_BUILDS:
                plan.decode = None  # more nested models are in use now: rebuild
                plan.seen = WARM_AFTER - 1
            return result

        plan.decode = counted
