# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SchedulesInfo``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SchedulesInfo(Model):
    """Details of a schedule: its trigger, activities, output, notifications and status."""

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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "str",
        "str",
        "WorkflowTrigger",
        "[Activity",
        "TaskOutputStorage",
        "str",
        "TaskNotifyConfig",
        "datetime",
        "datetime",
        "str",
    )

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

    create_time: datetime | None = None
    """Creation time in ISO date format. May be null if unavailable.

    Wire name: ``CreateTime``.
    """

    update_time: datetime | None = None
    """Time of the last edit in ISO date format. May be null if unavailable.

    Wire name: ``UpdateTime``.
    """

    resource_id: str | None = None
    """Resource ID; schedules without an associated resource show the account's primary
    resource ID. May be null if unavailable.

    Wire name: ``ResourceId``.
    """


_KNOWN = frozenset(SchedulesInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SchedulesInfo:
    """Decode one ``SchedulesInfo`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("Activities", v, _S["Activity"])
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
        v = _t.decode("CreateTime", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        v = _t.decode("UpdateTime", v)
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


bind(SchedulesInfo, _structure)
