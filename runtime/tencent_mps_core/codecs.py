"""The codecs of the models: one set of table-driven functions for every model.

A model declares ``WIRE_NAMES`` and ``FIELD_KINDS`` (see :mod:`tencent_mps_core.model`). From these
two tables this module encodes any model to its wire dict (``to_dict``) and checks and encodes a
request model before it is sent. Decoding is on the hot path: each generated model module has a
straight-line ``_structure`` function for its class (a loop over the table measured about twice
as slow), bound with :func:`bind`. A class without one (a user's subclass of a generated model, a
model written by hand) is decoded by the table-driven decoder here, into its own class.

Nested models are looked up by name in the package's :class:`Codecs` tables: dicts holding a
stand-in per model until its first use, so decoding a payload builds only the classes it contains.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from importlib import import_module
from typing import Any

from . import decoding as _d
from .exceptions import ConfigurationError, DecodeError, ValidationError

Function = Callable[[Any], Any]
Encoder = Callable[[Any], dict[str, Any]]

#: How each scalar kind is named in messages ("expected a string"), and its Python type.
_SCALARS: dict[str, tuple[str, type]] = {
    "str": ("a string", str),
    "int": ("an integer", int),
    "float": ("a number", float),
    "bool": ("a boolean", bool),
}


class _StandIn:
    """The place of a model's codec in a table until its first use: then it builds the codec
    and hands its slot over (a call through a stale reference uses the real codec too)."""

    __slots__ = ("build", "name", "table")

    def __init__(self, table: dict[str, Function], build: Callable[[str], Function], name: str):
        self.table = table
        self.build = build
        self.name = name

    def real(self) -> Function:
        function = self.table[self.name]
        if function is self:
            function = self.table[self.name] = self.build(self.name)
        return function

    def __call__(self, value: Any) -> Any:
        return self.real()(value)


class _Table(dict[str, Function]):
    """Model name -> codec, for models whose names are not listed up front."""

    __slots__ = ("_build",)

    def __init__(self, build: Callable[[str], Function]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, name: str) -> Function:
        function = self[name] = self._build(name)
        return function


class Codecs:
    """The codec tables of one package (or module) of models.

    ``structure[name]`` decodes a wire object into the model ``name`` and ``request[name]`` checks
    and encodes one for sending. A model class is found as an attribute of the package, which
    imports its module on first access. When the package names its models (``names``), the
    tables are plain dicts holding a stand-in per model: the fastest lookup Python has, on the
    hot path of decoding.
    """

    def __init__(self, package: str, names: Iterable[str] = ()) -> None:
        self.package = package
        self.structure = self._table(lambda n: decoder_of(self.model(n)), names)
        # Request encoders are off the decoding hot path: built as asked for, with no stand-ins
        # made up front (importing a package of many models stays cheap).
        self.request: dict[str, Function] = _Table(lambda n: request_encoder_of(self.model(n)))

    @staticmethod
    def _table(build: Callable[[str], Function], names: Iterable[str]) -> dict[str, Function]:
        listed = list(names)
        if not listed:
            return _Table(build)
        table: dict[str, Function] = {}
        table.update({name: _StandIn(table, build, name) for name in listed})
        return table

    def model(self, name: str) -> type:
        """The model class ``name`` of this package."""
        found = getattr(import_module(self.package), name, None)
        if not isinstance(found, type):
            raise ConfigurationError(f"{self.package} has no model named {name!r}")
        return found


_PACKAGES: dict[str, Codecs] = {}


def codecs(package: str, names: Iterable[str] = ()) -> Codecs:
    """The codec tables of ``package``: one set per package, made by its first caller (for a
    generated package, its registry, which lists the package's models)."""
    found = _PACKAGES.get(package)
    if found is None:
        found = _PACKAGES.setdefault(package, Codecs(package, names))
    return found


_DECODERS: dict[type, Function] = {}
_ENCODERS: dict[type, Encoder] = {}
_REQUEST_ENCODERS: dict[type, Encoder] = {}


def bind(cls: type, structure: Function) -> None:
    """Make ``structure`` the decoder of ``cls`` (a generated module binds its own)."""
    _DECODERS[cls] = structure


def _tables_for(cls: type) -> Codecs:
    """The tables of the package whose models ``cls``'s fields name."""
    owner = next((k for k in cls.__mro__ if "FIELD_KINDS" in k.__dict__), cls)
    # A generated package's registry made its tables when the package was imported; a model
    # written by hand names models of its own module.
    return _PACKAGES.get(owner.__module__.rpartition(".")[0]) or codecs(owner.__module__)


def decoder_of(cls: type) -> Function:
    """The decoder of the model class ``cls`` (what ``cls.from_dict`` runs)."""
    found = _DECODERS.get(cls)
    if found is None:
        if cls.__module__ not in sys.modules:  # pragma: no cover - a class outlives its module
            raise ConfigurationError(f"the module of {cls.__name__} is not loaded")
        found = _DECODERS[cls] = _structure(cls, _tables_for(cls))
    return found


def encoder_of(cls: type) -> Encoder:
    """The wire encoder of the model class ``cls`` (what ``to_dict`` runs)."""
    found = _ENCODERS.get(cls)
    if found is None:
        found = _ENCODERS[cls] = _unstructure(cls)
    return found


def request_encoder_of(cls: type) -> Encoder:
    """The checking request encoder of the model class ``cls``."""
    found = _REQUEST_ENCODERS.get(cls)
    if found is None:
        found = _REQUEST_ENCODERS[cls] = _request(cls, _tables_for(cls))
    return found


# What a field is, for the codecs: one code each, tested in order of frequency.
_SCALAR, _FLOAT, _MODEL, _SCALAR_LIST, _MODEL_LIST, _TIME = range(6)


class _Field:
    """One field as the codecs read it: names, kind, list-ness, required-ness."""

    __slots__ = ("attr", "expected", "kind", "op", "py_type", "required", "wire")

    def __init__(self, attr: str, wire: str, code: str) -> None:
        if not attr.isidentifier():
            raise ConfigurationError(f"not a field name: {attr!r}")
        self.attr = attr
        self.wire = wire
        self.required = code.endswith("!")
        code = code.removesuffix("!")
        is_list = code.startswith("[")
        self.kind = code.removeprefix("[")
        if not self.kind.isidentifier():
            raise ConfigurationError(f"not a field kind: {code!r}")
        if self.kind == "datetime":  # ISO 8601 text on the wire (tencent_mps_core.times)
            if is_list:
                raise ConfigurationError(f"lists of times are not supported: {code!r}")
            self.expected, self.op = "an ISO 8601 time", _TIME
            self.py_type: type = str
            return
        scalar = _SCALARS.get(self.kind)
        self.expected, self.py_type = scalar if scalar else ("an object", dict)
        if is_list:
            self.op = _SCALAR_LIST if scalar else _MODEL_LIST
            self.expected = "an array"
        else:
            self.op = _MODEL if not scalar else (_FLOAT if self.kind == "float" else _SCALAR)


def _fields(cls: type) -> tuple[_Field, ...]:
    names: dict[str, str] = dict(getattr(cls, "WIRE_NAMES", {}))
    kinds: tuple[str, ...] = tuple(getattr(cls, "FIELD_KINDS", ()))
    if len(names) != len(kinds):
        raise ConfigurationError(
            f"{cls.__name__}: {len(names)} WIRE_NAMES but {len(kinds)} FIELD_KINDS"
        )
    return tuple(
        _Field(attr, wire, code) for (attr, wire), code in zip(names.items(), kinds, strict=True)
    )


_LISTS: dict[str, Callable[[str, Any], list[Any]]] = {
    "str": _d.str_list,
    "int": _d.int_list,
    "float": _d.float_list,
    "bool": _d.bool_list,
}


def _structure(cls: type, tables: Codecs) -> Function:
    """The table-driven decoder of ``cls`` (for classes without a generated one)."""
    from . import times as _t  # loaded with the first model that needs it

    fields = _fields(cls)
    for f in fields:
        if f.op == _MODEL or f.op == _MODEL_LIST:
            tables.model(f.kind)  # a name that does not resolve fails now, not mid-decode
    known = frozenset(f.wire for f in fields)
    decoders = tables.structure
    new = object.__new__

    def structure(data: Any) -> Any:
        if type(data) is not dict:
            data = _d.as_object(data)
        o: Any = new(cls)
        n = 0
        for f in fields:
            v = data.get(f.wire)
            if v is not None:
                n += 1
                op = f.op
                if op == _SCALAR:
                    if type(v) is not f.py_type:
                        raise _d.wrong_type(f.wire, f.expected, v)
                elif op == _FLOAT:
                    if type(v) is not float:
                        v = _d.number(f.wire, v)
                elif op == _MODEL:
                    try:
                        v = decoders[f.kind](v)
                    except DecodeError as e:
                        raise e.with_prefix(f.wire) from None
                elif op == _MODEL_LIST:
                    v = _d.objects(f.wire, v, decoders[f.kind])
                elif op == _TIME:
                    v = _t.decode(f.wire, v)
                else:
                    v = _LISTS[f.kind](f.wire, v)
            setattr(o, f.attr, v)
        o.unknown_fields = (
            None if n == len(data) or known.issuperset(data) else _d.unknown_fields(data, known)
        )
        return o

    return structure


def _wire(value: Any) -> dict[str, Any]:
    """The wire object of a nested value: a model's encoding, or a copy of a wire dict."""
    encode = _ENCODERS.get(type(value))
    if encode is None:
        if not hasattr(value, "FIELD_KINDS"):
            return _d.wire(value)  # a wire dict given in place of the model, or a refusal
        encode = encoder_of(type(value))
    return encode(value)


def _unstructure(cls: type) -> Encoder:
    """The encoder of ``cls``: wire names, ``None`` fields left out, unknown fields kept."""
    from . import times as _t

    plan = tuple((f.attr, f.wire, f.op) for f in _fields(cls))

    def unstructure(o: Any) -> dict[str, Any]:
        d: dict[str, Any] = {}
        for attr, wire, op in plan:
            v = getattr(o, attr)
            if v is not None:
                if op == _MODEL:
                    v = _wire(v)
                elif op == _MODEL_LIST:
                    v = [_wire(x) for x in v]
                elif op == _SCALAR_LIST:
                    v = list(v)
                elif op == _TIME:
                    v = _t.to_text(v)
                d[wire] = v
        if o.unknown_fields:
            for k, x in o.unknown_fields.items():
                d.setdefault(k, x)
        return d

    return unstructure


def _request(cls: type, tables: Codecs) -> Encoder:
    """The request encoder of ``cls``: every check made before anything is sent.

    A missing required field or a value of the wrong kind raises ValidationError naming its
    wire path; a wire dict is accepted in place of the model, and a ``str`` or ``int`` subclass
    (an enum member) is sent as its plain value.
    """
    from . import encoding as _e  # loaded with the first request
    from . import times as _t

    fields = _fields(cls)
    lists: dict[str, Callable[[str, Any], list[Any]]] = {
        "str": _e.strs,
        "int": _e.ints,
        "float": _e.floats,
        "bool": _e.bools,
    }
    plain = {"str": _e.as_str, "int": _e.as_int}
    encoders = tables.request

    def request(o: Any) -> dict[str, Any]:
        if type(o) is not cls:
            o = _e.as_model(o, cls)
        d: dict[str, Any] = {}
        for f in fields:
            v = getattr(o, f.attr)
            if v is None:
                if f.required:
                    raise _e.missing(f.wire, f.expected)
                continue
            op = f.op
            if op == _SCALAR:
                if type(v) is not f.py_type:
                    if f.kind == "bool":
                        raise _e.wrong_type(f.wire, f.expected, v)
                    v = plain[f.kind](f.wire, v)
            elif op == _FLOAT:
                v = _e.number(f.wire, v)
            elif op == _MODEL:
                try:
                    v = encoders[f.kind](v)
                except ValidationError as e:
                    raise e.with_prefix(f.wire) from None
            elif op == _MODEL_LIST:
                v = _e.models(f.wire, v, encoders[f.kind])
            elif op == _TIME:
                v = _t.encode(f.wire, v)
            else:
                v = lists[f.kind](f.wire, v)
            d[f.wire] = v
        if o.unknown_fields:
            for k, x in o.unknown_fields.items():
                d.setdefault(k, x)
        return d

    return request
