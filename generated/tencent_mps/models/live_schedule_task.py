# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveScheduleTask``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveScheduleTask:
    """Information about a live stream orchestration task: its state, the live stream URL and the
    outputs of its activities.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "task_id": "TaskId",
        "status": "Status",
        "err_code": "ErrCode",
        "message": "Message",
        "url": "Url",
        "live_activity_result_set": "LiveActivityResultSet",
    }
    """Attribute name -> wire name, for every field."""

    task_id: str | None = None
    """ID of the live stream orchestration task.

    Wire name: ``TaskId``.
    """

    status: str | None = None
    """Current state of the task flow.

    Known values (:class:`tencent_mps.enums.WorkflowTaskStatus`); others may appear:
    ``PROCESSING``: the workflow is still running
    ``FINISH``: the workflow has completed

    Wire name: ``Status``.
    """

    err_code: int | None = None
    """Non-zero error code returned only when the source itself is faulty; when it is 0, check
    the ErrCode of each individual subtask instead.

    Wire name: ``ErrCode``.
    """

    message: str | None = None
    """Error message for a source-level failure; when the source is fine, refer to the Message
    of each individual subtask.

    Wire name: ``Message``.
    """

    url: str | None = None
    """URL of the live stream.

    Wire name: ``Url``.
    """

    live_activity_result_set: list[models.LiveActivityResult] | None = None
    """Outputs of the individual activities (atomic tasks) of the live orchestration. May be
    null if unavailable.

    Wire name: ``LiveActivityResultSet``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LiveScheduleTask:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "TaskId",
        "Status",
        "ErrCode",
        "Message",
        "Url",
        "LiveActivityResultSet",
    }
)


def _structure(data: Any) -> LiveScheduleTask:
    """Decode one ``LiveScheduleTask`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveScheduleTask)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TaskId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskId", "a string", v)
    o.task_id = v
    v = get("Status")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Status", "a string", v)
    o.status = v
    v = get("ErrCode")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ErrCode", "an integer", v)
    o.err_code = v
    v = get("Message")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Message", "a string", v)
    o.message = v
    v = get("Url")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Url", "a string", v)
    o.url = v
    v = get("LiveActivityResultSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("LiveActivityResultSet", "an array", v)
        if v:
            f = _S["LiveActivityResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("LiveActivityResultSet", v, f) from None
        else:
            v = []
    o.live_activity_result_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: LiveScheduleTask) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.task_id
    if v is not None:
        d["TaskId"] = v
    v = o.status
    if v is not None:
        d["Status"] = v
    v = o.err_code
    if v is not None:
        d["ErrCode"] = v
    v = o.message
    if v is not None:
        d["Message"] = v
    v = o.url
    if v is not None:
        d["Url"] = v
    v = o.live_activity_result_set
    if v is not None:
        d["LiveActivityResultSet"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
