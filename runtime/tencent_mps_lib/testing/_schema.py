"""What the emulator learns from the generated package: actions, types, fields and examples.

Everything here is read from ``tencent_mps`` (the operation table, the models' ``WIRE_NAMES`` and
field annotations, the documented examples), so that a schema change reaches the emulator
through ``make generate`` alone.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Mapping
from typing import Any

import attrs

from tencent_mps import models as _models
from tencent_mps.examples import EXAMPLES
from tencent_mps.models._registry import MODULES
from tencent_mps.operations import OPERATIONS
from tencent_mps_core.operation import Operation

__all__ = [
    "OPERATIONS",
    "Operation",
    "example_response",
    "field_model",
    "fit",
    "model_class",
    "operation",
    "parameters",
    "scalar_kind",
    "shape",
    "wire_fields",
]

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def operation(action: str) -> Operation | None:
    """The operation record of an action, or None when the schema does not have it."""
    return OPERATIONS.get(action)


@functools.cache
def model_class(name: str) -> Any:
    """The generated attrs class of a schema type."""
    if name not in MODULES:
        raise KeyError(f"the schema has no type {name!r}")
    return getattr(_models, name)


@functools.cache
def wire_fields(name: str) -> frozenset[str]:
    """The wire names of a type's fields."""
    return frozenset(model_class(name).WIRE_NAMES.values())


def parameters(op: Operation) -> frozenset[str]:
    """The top-level request parameters of an action."""
    return wire_fields(op.request_type)


@functools.cache
def _field_models(name: str) -> Mapping[str, str | None]:
    """Wire name -> the schema type a field holds (itself or in a list), None for scalars."""
    cls = model_class(name)
    wire = cls.WIRE_NAMES
    found: dict[str, str | None] = {}
    for field in attrs.fields(cls):
        if field.name not in wire:
            continue
        annotation = field.type if isinstance(field.type, str) else repr(field.type)
        names = [n for n in _NAME.findall(annotation) if n in MODULES]
        found[wire[field.name]] = names[0] if names else None
    return found


def field_model(name: str, wire: str) -> str | None:
    """The schema type held by field ``wire`` of type ``name`` (None for a scalar field)."""
    return _field_models(name).get(wire)


def fit(name: str, data: Any, *, drop: frozenset[str] = frozenset()) -> Any:
    """``data`` with every key the schema type ``name`` does not have dropped, at any depth.

    Used on what the emulator sends back (echoed request parts, built results), so that the
    typed models decode its answers without unknown fields. Keys in ``drop`` go too.
    """
    if not isinstance(data, dict):
        if not isinstance(data, Mapping):
            return data
        data = dict(data)
    fields = _field_models(name)
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key not in fields or key in drop:
            continue
        inner = fields[key]
        if inner is None or value is None:
            out[key] = value
        elif type(value) is list:
            out[key] = [fit(inner, item, drop=drop) for item in value]
        else:
            out[key] = fit(inner, value, drop=drop)
    return out


_SCALARS = {"int": int, "str": str, "float": float, "bool": bool}


@functools.cache
def _field_scalars(name: str) -> Mapping[str, type | None]:
    """Wire name -> the scalar kind a field holds (itself or in a list), None for models."""
    cls = model_class(name)
    wire = cls.WIRE_NAMES
    found: dict[str, type | None] = {}
    for field in attrs.fields(cls):
        if field.name in wire:
            annotation = field.type if isinstance(field.type, str) else repr(field.type)
            words = [n for n in _NAME.findall(annotation) if n in _SCALARS]
            found[wire[field.name]] = _SCALARS[words[0]] if words else None
    return found


def scalar_kind(name: str, wire: str) -> type | None:
    """``int``, ``str``, ``float`` or ``bool`` for a scalar field (or list of them), else None."""
    return _field_scalars(name).get(wire)


def _as_kind(kind: type | None, value: Any) -> Any:
    """``value`` converted to ``kind`` where the wire allows it (``"12"`` <-> ``12``)."""
    if kind is str and type(value) is int:
        return str(value)
    if kind is int and type(value) is str and value.isdigit() and value.isascii():
        return int(value)
    return value


def shape(name: str, data: Any) -> Any:
    """``data`` fitted to type ``name`` (see :func:`fit`), scalars in the kind each field has.

    An id kept once answers in each action's documented kind: ``Definition`` is an integer in
    CreateTranscodeTemplate's answer and a string in DescribeTranscodeTemplates' items.
    """
    if not isinstance(data, Mapping):
        return data
    fields = _field_models(name)
    scalars = _field_scalars(name)
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key not in fields:
            continue
        inner = fields[key]
        if value is None:
            out[key] = None
        elif inner is None:
            kind = scalars.get(key)
            if type(value) is list:
                out[key] = [_as_kind(kind, item) for item in value]
            else:
                out[key] = _as_kind(kind, value)
        elif type(value) is list:
            out[key] = [shape(inner, item) for item in value]
        else:
            out[key] = shape(inner, value)
    return out


def example_response(op: Operation) -> dict[str, Any] | None:
    """A private copy of the first documented example of an action's response, if any."""
    found = EXAMPLES.get(op.response_type)
    if not found:
        return None
    return copy.deepcopy(dict(found[0]))


def value_at(data: Any, path: str) -> Any:
    """The value at a dotted wire path (``"MediaProcessTask.TranscodeTaskSet"``), or None."""
    for name in path.split("."):
        if not isinstance(data, Mapping):
            return None
        data = data.get(name)
    return data
