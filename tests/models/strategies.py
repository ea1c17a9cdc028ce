"""Hypothesis strategies that build wire payloads straight from schema/ (not from the generated code)."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hypothesis import strategies as st

from ..conftest import SCHEMA_FILE
from .wire import nullable, target

SCHEMA: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
DEFS: dict[str, Any] = SCHEMA["$defs"]
TYPE_NAMES = sorted(DEFS)
RESPONSE_TYPES = [n for n in TYPE_NAMES if n != "DescribeTaskDetailRequest"]

_SCALARS: dict[str, st.SearchStrategy[Any]] = {
    "string": st.text(max_size=6),
    "integer": st.integers(min_value=-(2**63), max_value=2**64 - 1),
    # JSON numbers may be written without a fraction; keep ints exactly representable as floats.
    "number": st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(2**53), 2**53),
    "boolean": st.booleans(),
}


def _time_text(when: datetime, fraction: str, zone: str) -> str:
    return (
        f"{when.year:04d}-{when.month:02d}-{when.day:02d}T{when.hour:02d}:{when.minute:02d}:"
        f"{when.second:02d}{fraction}{zone}"
    )


#: The text of a ``format: date-time`` field: ISO 8601 with seconds and a zone, as the service
#: writes it (``2019-07-16T06:21:27Z``) and in the other shapes the codec accepts.
TIMES: st.SearchStrategy[str] = st.builds(
    _time_text,
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
    st.sampled_from(["", "", ".5", ",25", ".123456", ".123456789"]),
    st.sampled_from(["Z", "Z", "+08:00", "-05:30", "+0800", "+08", "+00:00", "-23:59"]),
)


@functools.cache
def payload(type_name: str, depth: int = 2) -> st.SearchStrategy[dict[str, Any]]:
    """Objects of ``type_name``: any subset of its fields, nulls where allowed, lists of up to two."""
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    d = DEFS[type_name]
    for wire, prop in d["properties"].items():
        kind, ref = target(prop)
        s: st.SearchStrategy[Any]
        if kind == "object":
            if depth <= 0:
                continue
            s = payload(str(ref), depth - 1)
        elif kind == "array":
            if ref in DEFS:
                if depth <= 0:
                    continue
                s = st.lists(payload(str(ref), depth - 1), max_size=2)
            else:
                s = st.lists(_SCALARS[str(ref)], max_size=2)
        elif prop.get("format") == "date-time" or any(
            a.get("format") == "date-time" for a in prop.get("anyOf", ())
        ):
            s = TIMES
        else:
            s = _SCALARS[kind]
        if nullable(prop):
            s = st.none() | s
        (required if wire in d.get("required", ()) else optional)[wire] = s
    return st.fixed_dictionaries(required, optional=optional)


@dataclass
class Leaf:
    """One value inside a payload, with where it sits and what kind the schema wants there."""

    path: str
    container: dict[str, Any] | list[Any]
    key: str | int
    kind: str  # "string" | "integer" | "number" | "boolean" | "object" | "array"


def leaves(type_name: str, obj: dict[str, Any], path: str = "") -> Iterator[Leaf]:
    props = DEFS[type_name]["properties"]
    for wire, value in obj.items():
        kind, ref = target(props[wire])
        here = f"{path}.{wire}" if path else wire
        yield Leaf(here, obj, wire, kind)
        if value is None:
            continue
        if kind == "object":
            yield from leaves(str(ref), value, here)
        elif kind == "array":
            for i, item in enumerate(value):
                if ref in DEFS:
                    yield Leaf(f"{here}[{i}]", value, i, "object")
                    yield from leaves(str(ref), item, f"{here}[{i}]")
                else:
                    yield Leaf(f"{here}[{i}]", value, i, str(ref))


def objects(type_name: str, obj: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every object in a payload (the root included)."""
    yield obj
    for leaf in leaves(type_name, obj):
        value = leaf.container[leaf.key]  # type: ignore[index]
        if leaf.kind == "object" and isinstance(value, dict):
            yield value


#: Values of the wrong JSON kind for each kind the schema asks for.
WRONG: dict[str, list[Any]] = {
    "string": [1, True, 2.5, [], {}],
    "integer": ["1", 1.5, True, [], {}],
    "number": ["1.5", True, [], {}],
    "boolean": [1, "true", [], {}],
    "object": [[], "x", 1, True],
    "array": [{}, "x", 1],
}
