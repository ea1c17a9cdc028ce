# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TaskStatDataItem``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TaskStatDataItem(Model):
    """Task count and usage for one time interval."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "time": "Time",
        "count": "Count",
        "usage": "Usage",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "datetime",
        "int",
        "int",
    )

    time: datetime | None = None
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


_KNOWN = frozenset(TaskStatDataItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TaskStatDataItem:
    """Decode one ``TaskStatDataItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TaskStatDataItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Time")
    if v is not None:
        n += 1
        v = _t.decode("Time", v)
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


bind(TaskStatDataItem, _structure)
