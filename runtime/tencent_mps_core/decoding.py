"""Support for the generated decoders: error construction and the rarely taken slow paths.

The generated ``_structure`` functions check every value inline (``type(v) is int``); only when a
check fails, or an object carries fields this SDK does not know, do they call into this module.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager, nullcontext
from types import TracebackType
from typing import Any

from .exceptions import DecodeError, ValidationError

#: Documents from this size (bytes or characters) up are decoded with the cyclic garbage
#: collector paused (see :class:`GCPause`); smaller ones hold too few objects to matter.
GC_PAUSE_THRESHOLD = 256 * 1024


class GCPause:
    """Pauses Python's cyclic garbage collector while large documents are decoded.

    Decoding a body creates one container per JSON object or array and one model per object,
    all of which survive. While millions of them are created, the collector keeps running and
    each of its passes walks the objects created so far: a 16 MB body of ``{}`` decoded in about
    twice the time with the collector on as with it off, and the gap widens with size. Nothing
    created while decoding is garbage, so the pause loses nothing.

    Process-wide, re-entrant and thread-safe: the first decode to start records whether the
    collector was enabled and disables it; the last one to finish restores that state, also when
    decoding raises. (A program that switches the collector itself while a decode is in flight
    gets the state found when the first one started.)
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._resume = False

    @property
    def active(self) -> bool:
        """Whether a decode is holding the collector paused now."""
        return self._depth > 0

    def __enter__(self) -> None:
        with self._lock:
            if self._depth == 0:
                self._resume = gc.isenabled()
                if self._resume:
                    gc.disable()
            self._depth += 1

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth == 0 and self._resume:
                self._resume = False
                gc.enable()


#: The process's one pause (re-entrant: ``with gc_pause:`` nests freely, from any thread).
gc_pause = GCPause()
_NO_PAUSE: AbstractContextManager[None] = nullcontext()


def pause_gc_for(size: int) -> AbstractContextManager[None]:
    """``with pause_gc_for(len(body)):`` pauses the collector for documents worth it."""
    return gc_pause if size >= GC_PAUSE_THRESHOLD else _NO_PAUSE


_KINDS: dict[type, str] = {
    dict: "an object",
    list: "an array",
    str: "a string",
    bool: "a boolean",
    int: "an integer",
    float: "a number",
    type(None): "null",
}


def kind_of(value: Any) -> str:
    """A JSON-ish name for the kind of ``value`` (for error messages)."""
    return _KINDS.get(type(value), type(value).__name__)


def wrong_type(wire: str, expected: str, value: Any) -> DecodeError:
    return DecodeError(f"expected {expected}, got {kind_of(value)}", wire, value)


#: Integers beyond this magnitude do not fit in a float (about 1.8e308).
_FLOAT_LIMIT = 2**1024


def number(wire: str, value: Any) -> float | int:
    """A number field's value that is not a float: an integer is kept as sent (so that the
    object encodes back to the same JSON), anything else is refused.

    An integer too large for a float (309 digits and more) is refused too, instead of raising
    OverflowError wherever it is used later.
    """
    if type(value) is not int:
        raise wrong_type(wire, "a number", value)
    if -_FLOAT_LIMIT < value < _FLOAT_LIMIT:
        return value
    raise DecodeError("number is too large for a float", wire, _digits(value))


def numbers(wire: str, items: list[Any]) -> list[float | int]:
    """The items of a list of numbers (see :func:`number`)."""
    return [x if type(x) is float else number(f"{wire}[{i}]", x) for i, x in enumerate(items)]


def _digits(value: int) -> str:
    """A short text standing for a huge integer (kept on the error instead of the integer)."""
    text = str(abs(value)) if value.bit_length() < 4000 else "?"
    return f"<integer of {len(text)} digits>" if text != "?" else "<integer of over 1200 digits>"


def as_object(value: Any) -> dict[str, Any]:
    """Accept any Mapping with string keys (a plain dict is handled inline by the caller)."""
    if isinstance(value, Mapping) and all(type(k) is str for k in value):
        return dict(value)
    raise DecodeError(f"expected an object, got {kind_of(value)}", "", value)


def locate_item_error(wire: str, items: list[Any], structure: Callable[[Any], Any]) -> DecodeError:
    """Re-run a failed list decode item by item to find which element failed, with its index."""
    for i, item in enumerate(items):
        if item is None:
            continue
        try:
            structure(item)
        except DecodeError as exc:
            return exc.with_prefix(f"{wire}[{i}]")
    return DecodeError("could not decode the array", wire)  # pragma: no cover - defensive


def unknown_fields(data: dict[str, Any], known: frozenset[str]) -> dict[str, Any] | None:
    """The fields of ``data`` that the model does not declare (kept, so nothing is lost).

    A key that is not a string is refused: JSON has none, and ``to_dict()`` could not encode it.
    """
    extra = {k: v for k, v in data.items() if k not in known}
    for key in extra:
        if type(key) is not str:
            raise DecodeError(f"expected an object with string keys, got a key {kind_of(key)}", "")
    return extra or None


def wire(value: Any) -> dict[str, Any]:
    """The wire object of a nested value in ``to_dict()``: a model's own ``to_dict()``, or a copy
    of the wire dict a user gave in its place (requests accept both, so ``to_dict`` does too)."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()  # type: ignore[no-any-return]
    if isinstance(value, Mapping):
        return dict(value)
    raise ValidationError(f"expected a model or its wire dict, got {kind_of(value)}", "", value)


def objects(wire: str, value: Any, structure: Callable[[Any], Any]) -> list[Any]:
    """Decode a list of objects with ``structure``; nulls are dropped, an error names its index."""
    if type(value) is not list:
        raise wrong_type(wire, "an array", value)
    if not value:
        return []
    try:
        return [structure(x) for x in value if x is not None]
    except DecodeError:
        raise locate_item_error(wire, value, structure) from None


def _scalar_list(wire: str, value: Any, kind: type, expected: str) -> list[Any]:
    if type(value) is not list:
        raise wrong_type(wire, "an array", value)
    items = [x for x in value if x is not None] if None in value else value.copy()
    for i, x in enumerate(items):
        if type(x) is not kind:
            raise DecodeError(f"expected {expected}, got {kind_of(x)}", f"{wire}[{i}]", x)
    return items


def str_list(wire: str, value: Any) -> list[str]:
    """A list of strings (nulls dropped); a wrong element raises, naming its index."""
    return _scalar_list(wire, value, str, "a string")


def int_list(wire: str, value: Any) -> list[int]:
    """A list of integers (nulls dropped); a wrong element raises, naming its index."""
    return _scalar_list(wire, value, int, "an integer")


def bool_list(wire: str, value: Any) -> list[bool]:
    """A list of booleans (nulls dropped); a wrong element raises, naming its index."""
    return _scalar_list(wire, value, bool, "a boolean")


def float_list(wire: str, value: Any) -> list[float | int]:
    """A list of numbers (nulls dropped): integers are kept as sent (see :func:`number`)."""
    if type(value) is not list:
        raise wrong_type(wire, "an array", value)
    items = [x for x in value if x is not None] if None in value else value.copy()
    if all(type(x) is float for x in items):
        return items
    return numbers(wire, items)
