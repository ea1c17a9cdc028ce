# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateAgentRecordTaskRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateAgentRecordTaskRequest:
    """Request of CreateAgentRecordTask: the live room to record, the maximum duration, the COS
    destination and scheduling options.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "live_room_url": "LiveRoomUrl",
        "max_duration_minutes": "MaxDurationMinutes",
        "store_cos_param": "StoreCosParam",
        "start_time": "StartTime",
        "interrupt_policy": "InterruptPolicy",
    }
    """Attribute name -> wire name, for every field."""

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

    start_time: str | None = None
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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateAgentRecordTaskRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "LiveRoomUrl",
        "MaxDurationMinutes",
        "StoreCosParam",
        "StartTime",
        "InterruptPolicy",
    }
)


def _structure(data: Any) -> CreateAgentRecordTaskRequest:
    """Decode one ``CreateAgentRecordTaskRequest`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not str:
            raise _d.wrong_type("StartTime", "a string", v)
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


def _unstructure(o: CreateAgentRecordTaskRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.live_room_url
    if v is not None:
        d["LiveRoomUrl"] = v
    v = o.max_duration_minutes
    if v is not None:
        d["MaxDurationMinutes"] = v
    v = o.store_cos_param
    if v is not None:
        d["StoreCosParam"] = _d.wire(v)
    v = o.start_time
    if v is not None:
        d["StartTime"] = v
    v = o.interrupt_policy
    if v is not None:
        d["InterruptPolicy"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateAgentRecordTaskRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateAgentRecordTaskRequest:
        o = _e.as_model(o, CreateAgentRecordTaskRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.live_room_url
    if v is None:
        raise _e.missing("LiveRoomUrl", "a string")
    if type(v) is not str:
        v = _e.as_str("LiveRoomUrl", v)
    d["LiveRoomUrl"] = v
    v = o.max_duration_minutes
    if v is None:
        raise _e.missing("MaxDurationMinutes", "an integer")
    if type(v) is not int:
        v = _e.as_int("MaxDurationMinutes", v)
    d["MaxDurationMinutes"] = v
    v = o.store_cos_param
    if v is None:
        raise _e.missing("StoreCosParam", "an object")
    try:
        d["StoreCosParam"] = _R["AgentStoreCosParam"](v)
    except ValidationError as e:
        raise e.with_prefix("StoreCosParam") from None
    v = o.start_time
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("StartTime", v)
        d["StartTime"] = v
    v = o.interrupt_policy
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("InterruptPolicy", v)
        d["InterruptPolicy"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
