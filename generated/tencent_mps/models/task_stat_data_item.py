# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TaskStatDataItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TaskStatDataItem:
    """Task count and usage for one time interval.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "time": "Time",
        "count": "Count",
        "usage": "Usage",
    }
    """Attribute name -> wire name, for every field."""

    time: str | None = None
    """Start of the time interval in ISO 8601 format; with a daily granularity,
    2018-12-01T00:00:00+08:00 covers December 1 (inclusive) to December 2 (exclusive).

    Wire name: ``Time``.
    """

    count: int | None = None
    """Number of tasks in the interval.

    Wire name: ``Count``.
    """

    usage: int | None = None
    """Usage in the interval, in the unit of the task type (seconds or images).

    Wire name: ``Usage``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TaskStatDataItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Time",
        "Count",
        "Usage",
    }
)


def _structure(data: Any) -> TaskStatDataItem:
    """Decode one ``TaskStatDataItem`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TaskStatDataItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Time")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Time", "a string", v)
    o.time = v
    v = get("Count")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Count", "an integer", v)
    o.count = v
    v = get("Usage")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Usage", "an integer", v)
    o.usage = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: TaskStatDataItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.time
    if v is not None:
        d["Time"] = v
    v = o.count
    if v is not None:
        d["Count"] = v
    v = o.usage
    if v is not None:
        d["Usage"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
