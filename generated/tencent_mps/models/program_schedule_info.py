# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ProgramScheduleInfo``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ProgramScheduleInfo(Model):
    """Scheduling entry of a program in a linear assembly channel: its Source, start time and
    duration.
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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "int",
        "str",
    )

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


_KNOWN = frozenset(ProgramScheduleInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ProgramScheduleInfo:
    """Decode one ``ProgramScheduleInfo`` wire object: the straight-line decoder of this model."""
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


bind(ProgramScheduleInfo, _structure)
