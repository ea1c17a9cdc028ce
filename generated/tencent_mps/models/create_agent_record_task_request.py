# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateAgentRecordTaskRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateAgentRecordTaskRequest(Model):
    """Request of CreateAgentRecordTask: the live room to record, the maximum duration, the COS
    destination and scheduling options.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "live_room_url": "LiveRoomUrl",
        "max_duration_minutes": "MaxDurationMinutes",
        "store_cos_param": "StoreCosParam",
        "start_time": "StartTime",
        "interrupt_policy": "InterruptPolicy",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "int!",
        "AgentStoreCosParam!",
        "datetime",
        "str",
    )

    live_room_url: str | None = None
    """URL of the live room to record.

    Required in requests.

    Wire name: ``LiveRoomUrl``.
    """

    max_duration_minutes: int | None = None
    """Maximum recording duration in minutes, up to 720.

    Required in requests.

    Wire name: ``MaxDurationMinutes``.
    """

    store_cos_param: models.AgentStoreCosParam | None = None
    """COS bucket where result files are stored; COS must be activated and the MPS_QcsRole role
    created and authorized.

    Required in requests.

    Wire name: ``StoreCosParam``.
    """

    start_time: datetime | str | None = None
    """Scheduled start of recording in ISO 8601 format, for example 2026-07-01T15:31:32+08:00.
    Empty means recording starts right after submission.

    Wire name: ``StartTime``.
    """

    interrupt_policy: str | None = None
    """What to do when the live stream breaks: STOP_ON_INTERRUPT (default) or
    CONTINUE_UNTIL_END.

    Known values (:class:`tencent_mps.enums.CreateAgentRecordTaskRequestInterruptPolicy`); others may appear:
    ``STOP_ON_INTERRUPT``: stop recording as soon as the stream breaks (default)
    ``CONTINUE_UNTIL_END``: ignore interruptions and keep recording until the task end time

    Wire name: ``InterruptPolicy``.
    """


_KNOWN = frozenset(CreateAgentRecordTaskRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateAgentRecordTaskRequest:
    """Decode one ``CreateAgentRecordTaskRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateAgentRecordTaskRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("LiveRoomUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("LiveRoomUrl", "a string", v)
    o.live_room_url = v
    v = get("MaxDurationMinutes")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("MaxDurationMinutes", "an integer", v)
    o.max_duration_minutes = v
    v = get("StoreCosParam")
    if v is not None:
        n += 1
        try:
            v = _S["AgentStoreCosParam"](v)
        except DecodeError as e:
            raise e.with_prefix("StoreCosParam") from None
    o.store_cos_param = v
    v = get("StartTime")
    if v is not None:
        n += 1
        v = _t.decode("StartTime", v)
    o.start_time = v
    v = get("InterruptPolicy")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("InterruptPolicy", "a string", v)
    o.interrupt_policy = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateAgentRecordTaskRequest, _structure)
