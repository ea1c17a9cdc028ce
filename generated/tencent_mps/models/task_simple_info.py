# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TaskSimpleInfo``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TaskSimpleInfo(Model):
    """Summary of a task, with its ID, type, subtask types and creation, start and finish times."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "task_id": "TaskId",
        "task_type": "TaskType",
        "create_time": "CreateTime",
        "begin_process_time": "BeginProcessTime",
        "finish_time": "FinishTime",
        "sub_task_types": "SubTaskTypes",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "datetime",
        "datetime",
        "datetime",
        "[str",
    )

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

    create_time: datetime | None = None
    """Time the task was created, in ISO 8601 date-time format (UTC).

    Wire name: ``CreateTime``.
    """

    begin_process_time: datetime | None = None
    """Time the task started executing, in ISO 8601 date-time format (UTC);
    0000-00-00T00:00:00Z if it has not started.

    Wire name: ``BeginProcessTime``.
    """

    finish_time: datetime | None = None
    """Time the task finished, in ISO 8601 date-time format (UTC); 0000-00-00T00:00:00Z if it
    has not finished.

    Wire name: ``FinishTime``.
    """

    sub_task_types: list[str] | None = None
    """Types of the subtasks in the task, such as Transcode or AiRecognition.

    Wire name: ``SubTaskTypes``.
    """


_KNOWN = frozenset(TaskSimpleInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TaskSimpleInfo:
    """Decode one ``TaskSimpleInfo`` wire object: the straight-line decoder of this model."""
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
        v = _t.decode("CreateTime", v)
    o.create_time = v
    v = get("BeginProcessTime")
    if v is not None:
        n += 1
        v = _t.decode("BeginProcessTime", v)
    o.begin_process_time = v
    v = get("FinishTime")
    if v is not None:
        n += 1
        v = _t.decode("FinishTime", v)
    o.finish_time = v
    v = get("SubTaskTypes")
    if v is not None:
        n += 1
        v = _d.str_list("SubTaskTypes", v)
    o.sub_task_types = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(TaskSimpleInfo, _structure)
