# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageTaskInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ImageTaskInfo:
    """Overview of one image processing task: ID, status, input and timestamps.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "task_id": "TaskId",
        "status": "Status",
        "input": "Input",
        "create_time": "CreateTime",
        "begin_process_time": "BeginProcessTime",
        "finish_time": "FinishTime",
        "sub_task_has_failed": "SubTaskHasFailed",
    }
    """Attribute name -> wire name, for every field."""

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

    create_time: str | None = None
    """Time the task was created, in the format YYYY-MM-DDThh:mm:ssZ.

    Wire name: ``CreateTime``.
    """

    begin_process_time: str | None = None
    """Time processing started, in the format YYYY-MM-DDThh:mm:ssZ.

    Wire name: ``BeginProcessTime``.
    """

    finish_time: str | None = None
    """Time the task finished, in the format YYYY-MM-DDThh:mm:ssZ.

    Wire name: ``FinishTime``.
    """

    sub_task_has_failed: bool | None = None
    """Whether any subtask of the task has failed.

    Wire name: ``SubTaskHasFailed``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageTaskInfo:
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
        "Input",
        "CreateTime",
        "BeginProcessTime",
        "FinishTime",
        "SubTaskHasFailed",
    }
)


def _structure(data: Any) -> ImageTaskInfo:
    """Decode one ``ImageTaskInfo`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ImageTaskInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.task_id
    if v is not None:
        d["TaskId"] = v
    v = o.status
    if v is not None:
        d["Status"] = v
    v = o.input
    if v is not None:
        d["Input"] = v
    v = o.create_time
    if v is not None:
        d["CreateTime"] = v
    v = o.begin_process_time
    if v is not None:
        d["BeginProcessTime"] = v
    v = o.finish_time
    if v is not None:
        d["FinishTime"] = v
    v = o.sub_task_has_failed
    if v is not None:
        d["SubTaskHasFailed"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
