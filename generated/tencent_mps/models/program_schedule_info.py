# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ProgramScheduleInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ProgramScheduleInfo:
    """Scheduling entry of a program in a linear assembly channel: its Source, start time and
    duration.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "program_name": "ProgramName",
        "program_id": "ProgramId",
        "source_type": "SourceType",
        "source_id": "SourceId",
        "source_location_id": "SourceLocationId",
        "start_time": "StartTime",
        "duration": "Duration",
    }
    """Attribute name -> wire name, for every field."""

    program_name: str | None = None
    """Name of the scheduled program.

    Wire name: ``ProgramName``.
    """

    program_id: str | None = None
    """ID of the scheduled program.

    Wire name: ``ProgramId``.
    """

    source_type: str | None = None
    """Type of the Source played by the program, for example VOD.

    Wire name: ``SourceType``.
    """

    source_id: str | None = None
    """ID of the Source played by the program.

    Wire name: ``SourceId``.
    """

    source_location_id: str | None = None
    """ID of the SourceLocation that holds the Source.

    Wire name: ``SourceLocationId``.
    """

    start_time: int | None = None
    """Scheduled start time of the program as a Unix timestamp.

    Wire name: ``StartTime``.
    """

    duration: str | None = None
    """Scheduled duration of the program, returned as a string.

    Wire name: ``Duration``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProgramScheduleInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ProgramName",
        "ProgramId",
        "SourceType",
        "SourceId",
        "SourceLocationId",
        "StartTime",
        "Duration",
    }
)


def _structure(data: Any) -> ProgramScheduleInfo:
    """Decode one ``ProgramScheduleInfo`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ProgramScheduleInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ProgramName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ProgramName", "a string", v)
    o.program_name = v
    v = get("ProgramId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ProgramId", "a string", v)
    o.program_id = v
    v = get("SourceType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceType", "a string", v)
    o.source_type = v
    v = get("SourceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceId", "a string", v)
    o.source_id = v
    v = get("SourceLocationId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceLocationId", "a string", v)
    o.source_location_id = v
    v = get("StartTime")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("StartTime", "an integer", v)
    o.start_time = v
    v = get("Duration")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Duration", "a string", v)
    o.duration = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ProgramScheduleInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.program_name
    if v is not None:
        d["ProgramName"] = v
    v = o.program_id
    if v is not None:
        d["ProgramId"] = v
    v = o.source_type
    if v is not None:
        d["SourceType"] = v
    v = o.source_id
    if v is not None:
        d["SourceId"] = v
    v = o.source_location_id
    if v is not None:
        d["SourceLocationId"] = v
    v = o.start_time
    if v is not None:
        d["StartTime"] = v
    v = o.duration
    if v is not None:
        d["Duration"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
