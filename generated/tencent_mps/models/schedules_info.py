# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SchedulesInfo``: the model and its codecs."""

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
class SchedulesInfo:
    """Details of a schedule: its trigger, activities, output, notifications and status.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "schedule_id": "ScheduleId",
        "schedule_name": "ScheduleName",
        "type": "Type",
        "status": "Status",
        "trigger": "Trigger",
        "activities": "Activities",
        "output_storage": "OutputStorage",
        "output_dir": "OutputDir",
        "task_notify_config": "TaskNotifyConfig",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
        "resource_id": "ResourceId",
    }
    """Attribute name -> wire name, for every field."""

    schedule_id: int | None = None
    """Unique ID of the schedule.

    Wire name: ``ScheduleId``.
    """

    schedule_name: str | None = None
    """Name of the schedule. May be null if unavailable.

    Wire name: ``ScheduleName``.
    """

    type: str | None = None
    """Schedule type: Preset or Custom. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.AIAnalysisTemplateItemType`); others may appear:
    ``Preset``: system preset schedule
    ``Custom``: user-defined schedule

    Wire name: ``Type``.
    """

    status: str | None = None
    """Schedule status: Enabled or Disabled. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.EnabledStatus`); others may appear:
    ``Enabled``: enabled
    ``Disabled``: disabled

    Wire name: ``Status``.
    """

    trigger: models.WorkflowTrigger | None = None
    """Trigger rule bound to the schedule. May be null if unavailable.

    Wire name: ``Trigger``.
    """

    activities: list[models.Activity] | None = None
    """Tasks (activities) of the schedule. May be null if unavailable.

    Wire name: ``Activities``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Storage for the output files. May be null if unavailable.

    Wire name: ``OutputStorage``.
    """

    output_dir: str | None = None
    """Target directory of the output files. May be null if unavailable.

    Wire name: ``OutputDir``.
    """

    task_notify_config: models.TaskNotifyConfig | None = None
    """Event notification settings of the task. May be null if unavailable.

    Wire name: ``TaskNotifyConfig``.
    """

    create_time: str | None = None
    """Creation time in ISO date format. May be null if unavailable.

    Wire name: ``CreateTime``.
    """

    update_time: str | None = None
    """Time of the last edit in ISO date format. May be null if unavailable.

    Wire name: ``UpdateTime``.
    """

    resource_id: str | None = None
    """Resource ID; schedules without an associated resource show the account's primary
    resource ID. May be null if unavailable.

    Wire name: ``ResourceId``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SchedulesInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ScheduleId",
        "ScheduleName",
        "Type",
        "Status",
        "Trigger",
        "Activities",
        "OutputStorage",
        "OutputDir",
        "TaskNotifyConfig",
        "CreateTime",
        "UpdateTime",
        "ResourceId",
    }
)


def _structure(data: Any) -> SchedulesInfo:
    """Decode one ``SchedulesInfo`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SchedulesInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ScheduleId")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ScheduleId", "an integer", v)
    o.schedule_id = v
    v = get("ScheduleName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ScheduleName", "a string", v)
    o.schedule_name = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Status")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Status", "a string", v)
    o.status = v
    v = get("Trigger")
    if v is not None:
        n += 1
        try:
            v = _S["WorkflowTrigger"](v)
        except DecodeError as e:
            raise e.with_prefix("Trigger") from None
    o.trigger = v
    v = get("Activities")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Activities", "an array", v)
        if v:
            f = _S["Activity"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Activities", v, f) from None
        else:
            v = []
    o.activities = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    v = get("OutputDir")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputDir", "a string", v)
    o.output_dir = v
    v = get("TaskNotifyConfig")
    if v is not None:
        n += 1
        try:
            v = _S["TaskNotifyConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("TaskNotifyConfig") from None
    o.task_notify_config = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CreateTime", "a string", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UpdateTime", "a string", v)
    o.update_time = v
    v = get("ResourceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ResourceId", "a string", v)
    o.resource_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: SchedulesInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.schedule_id
    if v is not None:
        d["ScheduleId"] = v
    v = o.schedule_name
    if v is not None:
        d["ScheduleName"] = v
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.status
    if v is not None:
        d["Status"] = v
    v = o.trigger
    if v is not None:
        d["Trigger"] = _d.wire(v)
    v = o.activities
    if v is not None:
        d["Activities"] = [_d.wire(x) for x in v]
    v = o.output_storage
    if v is not None:
        d["OutputStorage"] = _d.wire(v)
    v = o.output_dir
    if v is not None:
        d["OutputDir"] = v
    v = o.task_notify_config
    if v is not None:
        d["TaskNotifyConfig"] = _d.wire(v)
    v = o.create_time
    if v is not None:
        d["CreateTime"] = v
    v = o.update_time
    if v is not None:
        d["UpdateTime"] = v
    v = o.resource_id
    if v is not None:
        d["ResourceId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
