# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DisableScheduleRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DisableScheduleRequest(Model):
    """Request of DisableSchedule: the ID of the schedule to disable."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "schedule_id": "ScheduleId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("int!",)

    schedule_id: int | None = None
    """Unique ID of the schedule to disable.

    Required in requests.

    Wire name: ``ScheduleId``.
    """


_KNOWN = frozenset(DisableScheduleRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DisableScheduleRequest:
    """Decode one ``DisableScheduleRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DisableScheduleRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ScheduleId")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ScheduleId", "an integer", v)
    o.schedule_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DisableScheduleRequest, _structure)
