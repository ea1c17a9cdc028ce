# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeEvent``: the model and its codecs."""

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
class DescribeEvent:
    """Configuration of a StreamLink media transport event, with the flows attached to it.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "event_name": "EventName",
        "event_id": "EventId",
        "create_time": "CreateTime",
        "description": "Description",
        "status": "Status",
        "attached_flow_group": "AttachedFlowGroup",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DescribeEvent:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "EventName",
        "EventId",
        "CreateTime",
        "Description",
        "Status",
        "AttachedFlowGroup",
    }
)


def _structure(data: Any) -> DescribeEvent:
    """Decode one ``DescribeEvent`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("AttachedFlowGroup", "an array", v)
        if v:
            f = _S["DescribeFlowId"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("AttachedFlowGroup", v, f) from None
        else:
            v = []
    o.attached_flow_group = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DescribeEvent) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.event_name
    if v is not None:
        d["EventName"] = v
    v = o.event_id
    if v is not None:
        d["EventId"] = v
    v = o.create_time
    if v is not None:
        d["CreateTime"] = v
    v = o.description
    if v is not None:
        d["Description"] = v
    v = o.status
    if v is not None:
        d["Status"] = v
    v = o.attached_flow_group
    if v is not None:
        d["AttachedFlowGroup"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
