# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateScheduleRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateScheduleRequest(Model):
    """Request of CreateSchedule: the name, trigger rule, activities, output location and
    notifications of the new schedule.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "schedule_name": "ScheduleName",
        "trigger": "Trigger",
        "activities": "Activities",
        "output_storage": "OutputStorage",
        "output_dir": "OutputDir",
        "task_notify_config": "TaskNotifyConfig",
        "resource_id": "ResourceId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "WorkflowTrigger!",
        "[Activity!",
        "TaskOutputStorage",
        "str",
        "TaskNotifyConfig",
        "str",
    )

    schedule_name: str | None = None
    """Name of the schedule, up to 128 characters and unique per user.

    Required in requests.

    Wire name: ``ScheduleName``.
    """

    trigger: models.WorkflowTrigger | None = None
    """Trigger rule of the schedule; an uploaded file that matches it starts the schedule.

    Required in requests.

    Wire name: ``Trigger``.
    """

    activities: list[models.Activity] | None = None
    """Tasks (activities) that make up the schedule.

    Required in requests.

    Wire name: ``Activities``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Storage for the output files; inherits the storage of Trigger when empty.

    Wire name: ``OutputStorage``.
    """

    output_dir: str | None = None
    """Output directory, starting and ending with /, for example /movie/201907/. Defaults to
    the directory of the triggering file.

    Wire name: ``OutputDir``.
    """

    task_notify_config: models.TaskNotifyConfig | None = None
    """Event notification settings of the task; no notifications are sent when empty.

    Wire name: ``TaskNotifyConfig``.
    """

    resource_id: str | None = None
    """ID of the resource to use, which must be enabled. Defaults to the account's primary
    resource ID.

    Wire name: ``ResourceId``.
    """


_KNOWN = frozenset(CreateScheduleRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateScheduleRequest:
    """Decode one ``CreateScheduleRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateScheduleRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ScheduleName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ScheduleName", "a string", v)
    o.schedule_name = v
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


bind(CreateScheduleRequest, _structure)
