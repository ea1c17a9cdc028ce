# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveRecordFile``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveRecordFile:
    """A file produced by live stream recording, with its address, size, duration and recording
    time range.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "url": "Url",
        "size": "Size",
        "duration": "Duration",
        "start_time": "StartTime",
        "end_time": "EndTime",
    }
    """Attribute name -> wire name, for every field."""

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

    start_time: str | None = None
    """Recording start time of the file, in ISO 8601 format. May be null.

    Wire name: ``StartTime``.
    """

    end_time: str | None = None
    """Recording end time of the file, in ISO 8601 format. May be null.

    Wire name: ``EndTime``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LiveRecordFile:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Url",
        "Size",
        "Duration",
        "StartTime",
        "EndTime",
    }
)


def _structure(data: Any) -> LiveRecordFile:
    """Decode one ``LiveRecordFile`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not str:
            raise _d.wrong_type("StartTime", "a string", v)
    o.start_time = v
    v = get("EndTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EndTime", "a string", v)
    o.end_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: LiveRecordFile) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.url
    if v is not None:
        d["Url"] = v
    v = o.size
    if v is not None:
        d["Size"] = v
    v = o.duration
    if v is not None:
        d["Duration"] = v
    v = o.start_time
    if v is not None:
        d["StartTime"] = v
    v = o.end_time
    if v is not None:
        d["EndTime"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
