# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeEvent``."""

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
class DescribeEvent(Model):
    """Configuration of a StreamLink media transport event, with the flows attached to it."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "event_name": "EventName",
        "event_id": "EventId",
        "create_time": "CreateTime",
        "description": "Description",
        "status": "Status",
        "attached_flow_group": "AttachedFlowGroup",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "int",
        "[DescribeFlowId",
    )

    event_name: str | None = None
    """Name given to the event.

    Wire name: ``EventName``.
    """

    event_id: str | None = None
    """ID that uniquely identifies the event.

    Wire name: ``EventId``.
    """

    create_time: str | None = None
    """Time the event was created, in the format yyyy-MM-ddTHH:mm:ssZ.

    Wire name: ``CreateTime``.
    """

    description: str | None = None
    """Free-text description of the event.

    Wire name: ``Description``.
    """

    status: int | None = None
    """Running state of the event: 0 not running, 1 running.

    Known values; others may appear:
    ``0``: not running
    ``1``: running

    Wire name: ``Status``.
    """

    attached_flow_group: list[models.DescribeFlowId] | None = None
    """Flows linked to the event. May be null if unavailable.

    Wire name: ``AttachedFlowGroup``.
    """


_KNOWN = frozenset(DescribeEvent.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeEvent:
    """Decode one ``DescribeEvent`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeEvent)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("EventName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EventName", "a string", v)
    o.event_name = v
    v = get("EventId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EventId", "a string", v)
    o.event_id = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CreateTime", "a string", v)
    o.create_time = v
    v = get("Description")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Description", "a string", v)
    o.description = v
    v = get("Status")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Status", "an integer", v)
    o.status = v
    v = get("AttachedFlowGroup")
    if v is not None:
        n += 1
        v = _d.objects("AttachedFlowGroup", v, _S["DescribeFlowId"])
    o.attached_flow_group = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeEvent, _structure)
