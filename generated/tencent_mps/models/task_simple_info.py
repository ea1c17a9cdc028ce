# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TaskSimpleInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TaskSimpleInfo:
    """Summary of a task, with its ID, type, subtask types and creation, start and finish times.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "task_id": "TaskId",
        "task_type": "TaskType",
        "create_time": "CreateTime",
        "begin_process_time": "BeginProcessTime",
        "finish_time": "FinishTime",
        "sub_task_types": "SubTaskTypes",
    }
    """Attribute name -> wire name, for every field."""

    task_id: str | None = None
    """ID of the task.

    Wire name: ``TaskId``.
    """

    task_type: str | None = None
    """Type of the task.

    Known values (:class:`tencent_mps.enums.TaskSimpleInfoTaskType`); others may appear:
    ``WorkflowTask``: workflow processing task
    ``EditMediaTask``: video editing task
    ``LiveProcessTask``: live stream processing task

    Wire name: ``TaskType``.
    """

    create_time: str | None = None
    """Time the task was created, in ISO 8601 date-time format (UTC).

    Wire name: ``CreateTime``.
    """

    begin_process_time: str | None = None
    """Time the task started executing, in ISO 8601 date-time format (UTC);
    0000-00-00T00:00:00Z if it has not started.

    Wire name: ``BeginProcessTime``.
    """

    finish_time: str | None = None
    """Time the task finished, in ISO 8601 date-time format (UTC); 0000-00-00T00:00:00Z if it
    has not finished.

    Wire name: ``FinishTime``.
    """

    sub_task_types: list[str] | None = None
    """Types of the subtasks in the task, such as Transcode or AiRecognition.

    Wire name: ``SubTaskTypes``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TaskSimpleInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "TaskId",
        "TaskType",
        "CreateTime",
        "BeginProcessTime",
        "FinishTime",
        "SubTaskTypes",
    }
)


def _structure(data: Any) -> TaskSimpleInfo:
    """Decode one ``TaskSimpleInfo`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TaskSimpleInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TaskId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskId", "a string", v)
    o.task_id = v
    v = get("TaskType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskType", "a string", v)
    o.task_type = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CreateTime", "a string", v)
    o.create_time = v
    v = get("BeginProcessTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("BeginProcessTime", "a string", v)
    o.begin_process_time = v
    v = get("FinishTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FinishTime", "a string", v)
    o.finish_time = v
    v = get("SubTaskTypes")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("SubTaskTypes", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("SubTaskTypes", v, "a string", _d.is_str)
    o.sub_task_types = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: TaskSimpleInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.task_id
    if v is not None:
        d["TaskId"] = v
    v = o.task_type
    if v is not None:
        d["TaskType"] = v
    v = o.create_time
    if v is not None:
        d["CreateTime"] = v
    v = o.begin_process_time
    if v is not None:
        d["BeginProcessTime"] = v
    v = o.finish_time
    if v is not None:
        d["FinishTime"] = v
    v = o.sub_task_types
    if v is not None:
        d["SubTaskTypes"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
