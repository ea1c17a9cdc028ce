# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateScheduleRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateScheduleRequest:
    """Request of CreateSchedule: the name, trigger rule, activities, output location and
    notifications of the new schedule.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateScheduleRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ScheduleName",
        "Trigger",
        "Activities",
        "OutputStorage",
        "OutputDir",
        "TaskNotifyConfig",
        "ResourceId",
    }
)


def _structure(data: Any) -> CreateScheduleRequest:
    """Decode one ``CreateScheduleRequest`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: CreateScheduleRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.schedule_name
    if v is not None:
        d["ScheduleName"] = v
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
    v = o.resource_id
    if v is not None:
        d["ResourceId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateScheduleRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateScheduleRequest:
        o = _e.as_model(o, CreateScheduleRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.schedule_name
    if v is None:
        raise _e.missing("ScheduleName", "a string")
    if type(v) is not str:
        v = _e.as_str("ScheduleName", v)
    d["ScheduleName"] = v
    v = o.trigger
    if v is None:
        raise _e.missing("Trigger", "an object")
    try:
        d["Trigger"] = _R["WorkflowTrigger"](v)
    except ValidationError as e:
        raise e.with_prefix("Trigger") from None
    v = o.activities
    if v is None:
        raise _e.missing("Activities", "an array")
    d["Activities"] = _e.models("Activities", v, _R["Activity"])
    v = o.output_storage
    if v is not None:
        try:
            d["OutputStorage"] = _R["TaskOutputStorage"](v)
        except ValidationError as e:
            raise e.with_prefix("OutputStorage") from None
    v = o.output_dir
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("OutputDir", v)
        d["OutputDir"] = v
    v = o.task_notify_config
    if v is not None:
        try:
            d["TaskNotifyConfig"] = _R["TaskNotifyConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("TaskNotifyConfig") from None
    v = o.resource_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ResourceId", v)
        d["ResourceId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
