# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ProgramAlertCounts``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ProgramAlertCounts(Model):
    """Aggregated count of alerts of one category raised for a linear assembly program."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "program_id": "ProgramId",
        "program_name": "ProgramName",
        "category": "Category",
        "count": "Count",
        "last_modified_time": "LastModifiedTime",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "int",
        "int",
    )

    program_id: str | None = None
    """ID of the program the alerts belong to.

    Wire name: ``ProgramId``.
    """

    program_name: str | None = None
    """Name of the program the alerts belong to.

    Wire name: ``ProgramName``.
    """

    category: str | None = None
    """Alert category, for example Warning.

    Wire name: ``Category``.
    """

    count: int | None = None
    """Number of times alerts of this category occurred.

    Wire name: ``Count``.
    """

    last_modified_time: int | None = None
    """Time of the latest update, as a Unix timestamp.

    Wire name: ``LastModifiedTime``.
    """


_KNOWN = frozenset(ProgramAlertCounts.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ProgramAlertCounts:
    """Decode one ``ProgramAlertCounts`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ProgramAlertCounts)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ProgramId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ProgramId", "a string", v)
    o.program_id = v
    v = get("ProgramName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ProgramName", "a string", v)
    o.program_name = v
    v = get("Category")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Category", "a string", v)
    o.category = v
    v = get("Count")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Count", "an integer", v)
    o.count = v
    v = get("LastModifiedTime")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("LastModifiedTime", "an integer", v)
    o.last_modified_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ProgramAlertCounts, _structure)
