# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveRecordFile``."""

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
class LiveRecordFile(Model):
    """A file produced by live stream recording, with its address, size, duration and recording
    time range.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "url": "Url",
        "size": "Size",
        "duration": "Duration",
        "start_time": "StartTime",
        "end_time": "EndTime",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "int",
        "datetime",
        "datetime",
    )

    url: str | None = None
    """URL of the recorded file. May be null.

    Wire name: ``Url``.
    """

    size: int | None = None
    """Size of the recorded file. May be null.

    Wire name: ``Size``.
    """

    duration: int | None = None
    """Duration of the recorded file. May be null.

    Wire name: ``Duration``.
    """

    start_time: datetime | None = None
    """Recording start time of the file, in ISO 8601 format. May be null.

    Wire name: ``StartTime``.
    """

    end_time: datetime | None = None
    """Recording end time of the file, in ISO 8601 format. May be null.

    Wire name: ``EndTime``.
    """


_KNOWN = frozenset(LiveRecordFile.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveRecordFile:
    """Decode one ``LiveRecordFile`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveRecordFile)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Url")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Url", "a string", v)
    o.url = v
    v = get("Size")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Size", "an integer", v)
    o.size = v
    v = get("Duration")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Duration", "an integer", v)
    o.duration = v
    v = get("StartTime")
    if v is not None:
        n += 1
        v = _t.decode("StartTime", v)
    o.start_time = v
    v = get("EndTime")
    if v is not None:
        n += 1
        v = _t.decode("EndTime", v)
    o.end_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveRecordFile, _structure)
