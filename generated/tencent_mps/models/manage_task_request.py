# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ManageTaskRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ManageTaskRequest(Model):
    """Request of ManageTask: the operation to perform and the task it applies to."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "operation_type": "OperationType",
        "task_id": "TaskId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
    )

    operation_type: str | None = None
    """Operation to perform; currently only Abort, which ends a task. Live stream processing
    tasks can be aborted while WAITING or PROCESSING, other task types only while WAITING.

    Known values (:class:`tencent_mps.enums.ManageTaskRequestOperationType`); others may appear:
    ``Abort``: abort the task

    Required in requests.

    Wire name: ``OperationType``.
    """

    task_id: str | None = None
    """ID of the video processing task.

    Required in requests.

    Wire name: ``TaskId``.
    """


_KNOWN = frozenset(ManageTaskRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ManageTaskRequest:
    """Decode one ``ManageTaskRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ManageTaskRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("OperationType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OperationType", "a string", v)
    o.operation_type = v
    v = get("TaskId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskId", "a string", v)
    o.task_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ManageTaskRequest, _structure)
