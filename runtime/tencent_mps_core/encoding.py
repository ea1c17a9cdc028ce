"""Support for the generated request codecs: checks made before a request is sent.

A generated ``_request`` function checks each field inline; the helpers here build the errors and
handle the less common shapes (lists, numbers, wire dicts given in place of models).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .decoding import kind_of
from .exceptions import DecodeError, ValidationError

M = TypeVar("M")


def missing(wire: str, expected: str) -> ValidationError:
    return ValidationError(f"required field is missing (expected {expected})", wire)


def wrong_type(wire: str, expected: str, value: Any) -> ValidationError:
    return ValidationError(f"expected {expected}, got {kind_of(value)}", wire, value)


def as_str(wire: str, value: Any) -> str:
    """A ``str`` subclass (a ``StrEnum`` member, a ``str``-based ``Enum``) as its plain value."""
    if isinstance(value, str):
        return str.__str__(value)
    raise wrong_type(wire, "a string", value)


def as_int(wire: str, value: Any) -> int:
    """An ``int`` subclass (an ``IntEnum`` member) as its plain value; ``bool`` is refused."""
    if isinstance(value, int) and not isinstance(value, bool):
        return int.__int__(value)
    raise wrong_type(wire, "an integer", value)


def as_model(value: Any, cls: type[M]) -> M:
    """``value`` if it is a ``cls``; a wire dict decoded into one; else a ValidationError."""
    if isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        try:
            return cls.from_dict(value)  # type: ignore[attr-defined,no-any-return]
        except DecodeError as exc:
            raise ValidationError(exc.reason, exc.path, exc.value) from None
    raise ValidationError(f"expected a {cls.__name__} (or its wire dict), got {kind_of(value)}")


def number(wire: str, value: Any) -> float | int:
    """A finite int or float (JSON has no NaN or Infinity)."""
    kind = type(value)
    if kind is int:
        return value  # type: ignore[no-any-return]
    if kind is not float:
        raise wrong_type(wire, "a number", value)
    if not math.isfinite(value):
        raise ValidationError("expected a finite number (JSON has no NaN or Infinity)", wire, value)
    return value  # type: ignore[no-any-return]


def _items(wire: str, value: Any) -> list[Any]:
    if not isinstance(value, (list, tuple)):
        raise wrong_type(wire, "an array", value)
    return list(value)


def _scalars(wire: str, value: Any, kind: type, expected: str) -> list[Any]:
    items = _items(wire, value)
    for i, item in enumerate(items):
        if type(item) is not kind:
            raise wrong_type(f"{wire}[{i}]", expected, item)
    return items


def strs(wire: str, value: Any) -> list[str]:
    items = _items(wire, value)
    return [x if type(x) is str else as_str(f"{wire}[{i}]", x) for i, x in enumerate(items)]


def ints(wire: str, value: Any) -> list[int]:
    items = _items(wire, value)
    return [x if type(x) is int else as_int(f"{wire}[{i}]", x) for i, x in enumerate(items)]


def bools(wire: str, value: Any) -> list[bool]:
    return _scalars(wire, value, bool, "a boolean")


def floats(wire: str, value: Any) -> list[float | int]:
    return [number(f"{wire}[{i}]", item) for i, item in enumerate(_items(wire, value))]


def models(wire: str, value: Any, encode: Callable[[Any], dict[str, Any]]) -> list[dict[str, Any]]:
    """Encode a list of models (or wire dicts) with their request codec."""
    encoded = []
    for i, item in enumerate(_items(wire, value)):
        try:
            encoded.append(encode(item))
        except ValidationError as exc:
            raise exc.with_prefix(f"{wire}[{i}]") from None
    return encoded
