# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ParseNotificationResponse``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from ._registry import STRUCTURE as _S

if TYPE_CHECKING:
    from .batch_sub_task_result import BatchSubTaskResult
    from .edit_media_task import EditMediaTask
    from .extract_blind_watermark_task import ExtractBlindWatermarkTask
    from .schedule_task import ScheduleTask
    from .workflow_task import WorkflowTask

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ParseNotificationResponse:
    """Response of the MPS action ParseNotification (object with 11 fields).

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "event_type": "EventType",
        "workflow_task_event": "WorkflowTaskEvent",
        "edit_media_task_event": "EditMediaTaskEvent",
        "session_id": "SessionId",
        "session_context": "SessionContext",
        "schedule_task_event": "ScheduleTaskEvent",
        "timestamp": "Timestamp",
        "sign": "Sign",
        "batch_task_event": "BatchTaskEvent",
        "extract_blind_watermark_task": "ExtractBlindWatermarkTask",
        "request_id": "RequestId",
    }
    """Attribute name -> wire name, for every field."""

    event_type: str | None = None
    """`EventType` of ParseNotificationResponse: a string.

    Known values (:class:`tencent_mps.enums.ParseNotificationResponseEventType`); others may appear:
    ``WorkflowTask``: Documented value WorkflowTask; meaning not described yet.
    ``EditMediaTask``: Documented value EditMediaTask; meaning not described yet.
    ``ScheduleTask``: Documented value ScheduleTask; meaning not described yet.

    Wire name: ``EventType``.
    """

    workflow_task_event: WorkflowTask | None = None
    """`WorkflowTaskEvent` of ParseNotificationResponse: a WorkflowTask object, may be null.

    Wire name: ``WorkflowTaskEvent``.
    """

    edit_media_task_event: EditMediaTask | None = None
    """`EditMediaTaskEvent` of ParseNotificationResponse: an EditMediaTask object, may be null.

    Wire name: ``EditMediaTaskEvent``.
    """

    session_id: str | None = None
    """`SessionId` of ParseNotificationResponse: a string.

    Wire name: ``SessionId``.
    """

    session_context: str | None = None
    """`SessionContext` of ParseNotificationResponse: a string.

    Wire name: ``SessionContext``.
    """

    schedule_task_event: ScheduleTask | None = None
    """`ScheduleTaskEvent` of ParseNotificationResponse: a ScheduleTask object, may be null.

    Wire name: ``ScheduleTaskEvent``.
    """

    timestamp: int | None = None
    """`Timestamp` of ParseNotificationResponse: an integer.

    Wire name: ``Timestamp``.
    """

    sign: str | None = None
    """`Sign` of ParseNotificationResponse: a string.

    Wire name: ``Sign``.
    """

    batch_task_event: BatchSubTaskResult | None = None
    """`BatchTaskEvent` of ParseNotificationResponse: a BatchSubTaskResult object, may be null.

    Wire name: ``BatchTaskEvent``.
    """

    extract_blind_watermark_task: ExtractBlindWatermarkTask | None = None
    """`ExtractBlindWatermarkTask` of ParseNotificationResponse: an ExtractBlindWatermarkTask
    object, may be null.

    Wire name: ``ExtractBlindWatermarkTask``.
    """

    request_id: str | None = None
    """`RequestId` of ParseNotificationResponse: a string.

    Wire name: ``RequestId``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ParseNotificationResponse:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "EventType",
        "WorkflowTaskEvent",
        "EditMediaTaskEvent",
        "SessionId",
        "SessionContext",
        "ScheduleTaskEvent",
        "Timestamp",
        "Sign",
        "BatchTaskEvent",
        "ExtractBlindWatermarkTask",
        "RequestId",
    }
)


def _structure(data: Any) -> ParseNotificationResponse:
    """Decode one ``ParseNotificationResponse`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ParseNotificationResponse)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("EventType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EventType", "a string", v)
    o.event_type = v
    v = get("WorkflowTaskEvent")
    if v is not None:
        n += 1
        try:
            v = _S["WorkflowTask"](v)
        except DecodeError as e:
            raise e.with_prefix("WorkflowTaskEvent") from None
    o.workflow_task_event = v
    v = get("EditMediaTaskEvent")
    if v is not None:
        n += 1
        try:
            v = _S["EditMediaTask"](v)
        except DecodeError as e:
            raise e.with_prefix("EditMediaTaskEvent") from None
    o.edit_media_task_event = v
    v = get("SessionId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SessionId", "a string", v)
    o.session_id = v
    v = get("SessionContext")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SessionContext", "a string", v)
    o.session_context = v
    v = get("ScheduleTaskEvent")
    if v is not None:
        n += 1
        try:
            v = _S["ScheduleTask"](v)
        except DecodeError as e:
            raise e.with_prefix("ScheduleTaskEvent") from None
    o.schedule_task_event = v
    v = get("Timestamp")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Timestamp", "an integer", v)
    o.timestamp = v
    v = get("Sign")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Sign", "a string", v)
    o.sign = v
    v = get("BatchTaskEvent")
    if v is not None:
        n += 1
        try:
            v = _S["BatchSubTaskResult"](v)
        except DecodeError as e:
            raise e.with_prefix("BatchTaskEvent") from None
    o.batch_task_event = v
    v = get("ExtractBlindWatermarkTask")
    if v is not None:
        n += 1
        try:
            v = _S["ExtractBlindWatermarkTask"](v)
        except DecodeError as e:
            raise e.with_prefix("ExtractBlindWatermarkTask") from None
    o.extract_blind_watermark_task = v
    v = get("RequestId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("RequestId", "a string", v)
    o.request_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ParseNotificationResponse) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.event_type
    if v is not None:
        d["EventType"] = v
    v = o.workflow_task_event
    if v is not None:
        d["WorkflowTaskEvent"] = v.to_dict()
    v = o.edit_media_task_event
    if v is not None:
        d["EditMediaTaskEvent"] = v.to_dict()
    v = o.session_id
    if v is not None:
        d["SessionId"] = v
    v = o.session_context
    if v is not None:
        d["SessionContext"] = v
    v = o.schedule_task_event
    if v is not None:
        d["ScheduleTaskEvent"] = v.to_dict()
    v = o.timestamp
    if v is not None:
        d["Timestamp"] = v
    v = o.sign
    if v is not None:
        d["Sign"] = v
    v = o.batch_task_event
    if v is not None:
        d["BatchTaskEvent"] = v.to_dict()
    v = o.extract_blind_watermark_task
    if v is not None:
        d["ExtractBlindWatermarkTask"] = v.to_dict()
    v = o.request_id
    if v is not None:
        d["RequestId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
