# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveScheduleTask``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveScheduleTask(Model):
    """Information about a live stream orchestration task: its state, the live stream URL and the
    outputs of its activities.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "task_id": "TaskId",
        "status": "Status",
        "err_code": "ErrCode",
        "message": "Message",
        "url": "Url",
        "live_activity_result_set": "LiveActivityResultSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "int",
        "str",
        "str",
        "[LiveActivityResult",
    )

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


_KNOWN = frozenset(LiveScheduleTask.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveScheduleTask:
    """Decode one ``LiveScheduleTask`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("LiveActivityResultSet", v, _S["LiveActivityResult"])
    o.live_activity_result_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveScheduleTask, _structure)
