# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageTaskInfo``."""

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
class ImageTaskInfo(Model):
    """Overview of one image processing task: ID, status, input and timestamps."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "task_id": "TaskId",
        "status": "Status",
        "input": "Input",
        "create_time": "CreateTime",
        "begin_process_time": "BeginProcessTime",
        "finish_time": "FinishTime",
        "sub_task_has_failed": "SubTaskHasFailed",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "datetime",
        "datetime",
        "datetime",
        "bool",
    )

    task_id: str | None = None
    """ID of the image processing task.

    Wire name: ``TaskId``.
    """

    status: str | None = None
    """Current status of the task.

    Known values (:class:`tencent_mps.enums.WorkflowTaskStatus`); others may appear:
    ``FINISH``: task finished
    ``PROCESSING``: task in progress

    Wire name: ``Status``.
    """

    input: str | None = None
    """Input file of the task, such as its URL.

    Wire name: ``Input``.
    """

    create_time: datetime | None = None
    """Time the task was created, in the format YYYY-MM-DDThh:mm:ssZ.

    Wire name: ``CreateTime``.
    """

    begin_process_time: datetime | None = None
    """Time processing started, in the format YYYY-MM-DDThh:mm:ssZ.

    Wire name: ``BeginProcessTime``.
    """

    finish_time: datetime | None = None
    """Time the task finished, in the format YYYY-MM-DDThh:mm:ssZ.

    Wire name: ``FinishTime``.
    """

    sub_task_has_failed: bool | None = None
    """Whether any subtask of the task has failed.

    Wire name: ``SubTaskHasFailed``.
    """


_KNOWN = frozenset(ImageTaskInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ImageTaskInfo:
    """Decode one ``ImageTaskInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ImageTaskInfo)
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
    v = get("Input")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Input", "a string", v)
    o.input = v
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
    v = get("SubTaskHasFailed")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("SubTaskHasFailed", "a boolean", v)
    o.sub_task_has_failed = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ImageTaskInfo, _structure)
