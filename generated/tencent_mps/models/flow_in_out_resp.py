# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowInOutResp``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FlowInOutResp:
    """Configuration summary of an input or output of a flow, as returned when querying flows
    attached to an event.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "flow_id": "FlowId",
        "flow_name": "FlowName",
        "event_id": "EventId",
        "flow_region": "FlowRegion",
        "output_region": "OutputRegion",
        "event_name": "EventName",
        "input_name": "InputName",
        "output_name": "OutputName",
        "in_out_id": "InOutId",
        "in_out_type": "InOutType",
    }
    """Attribute name -> wire name, for every field."""

    flow_id: str | None = None
    """Unique ID of the flow this entry belongs to.

    Wire name: ``FlowId``.
    """

    flow_name: str | None = None
    """Name given to the flow.

    Wire name: ``FlowName``.
    """

    event_id: str | None = None
    """ID of the StreamLink event this flow is associated with.

    Wire name: ``EventId``.
    """

    flow_region: str | None = None
    """Region of the flow's input; takes the same values as InputRegion.

    Wire name: ``FlowRegion``.
    """

    output_region: str | None = None
    """Region where the output runs; filled only when the entry is an output.

    Wire name: ``OutputRegion``.
    """

    event_name: str | None = None
    """Name of the associated StreamLink event.

    Wire name: ``EventName``.
    """

    input_name: str | None = None
    """Name of the input; meaningful only when InOutType is Input.

    Wire name: ``InputName``.
    """

    output_name: str | None = None
    """Name of the output; meaningful only when InOutType is Output.

    Wire name: ``OutputName``.
    """

    in_out_id: str | None = None
    """ID of the input or output that this entry describes.

    Wire name: ``InOutId``.
    """

    in_out_type: str | None = None
    """Whether this entry describes an input or an output of the flow.

    Known values (:class:`tencent_mps.enums.FlowInOutRespInOutType`); others may appear:
    ``Input``: an input of the flow
    ``Outpu``: an output of the flow (value spelled this way upstream)

    Wire name: ``InOutType``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlowInOutResp:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "FlowId",
        "FlowName",
        "EventId",
        "FlowRegion",
        "OutputRegion",
        "EventName",
        "InputName",
        "OutputName",
        "InOutId",
        "InOutType",
    }
)


def _structure(data: Any) -> FlowInOutResp:
    """Decode one ``FlowInOutResp`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FlowInOutResp)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FlowId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FlowId", "a string", v)
    o.flow_id = v
    v = get("FlowName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FlowName", "a string", v)
    o.flow_name = v
    v = get("EventId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EventId", "a string", v)
    o.event_id = v
    v = get("FlowRegion")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FlowRegion", "a string", v)
    o.flow_region = v
    v = get("OutputRegion")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputRegion", "a string", v)
    o.output_region = v
    v = get("EventName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EventName", "a string", v)
    o.event_name = v
    v = get("InputName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("InputName", "a string", v)
    o.input_name = v
    v = get("OutputName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputName", "a string", v)
    o.output_name = v
    v = get("InOutId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("InOutId", "a string", v)
    o.in_out_id = v
    v = get("InOutType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("InOutType", "a string", v)
    o.in_out_type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: FlowInOutResp) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.flow_id
    if v is not None:
        d["FlowId"] = v
    v = o.flow_name
    if v is not None:
        d["FlowName"] = v
    v = o.event_id
    if v is not None:
        d["EventId"] = v
    v = o.flow_region
    if v is not None:
        d["FlowRegion"] = v
    v = o.output_region
    if v is not None:
        d["OutputRegion"] = v
    v = o.event_name
    if v is not None:
        d["EventName"] = v
    v = o.input_name
    if v is not None:
        d["InputName"] = v
    v = o.output_name
    if v is not None:
        d["OutputName"] = v
    v = o.in_out_id
    if v is not None:
        d["InOutId"] = v
    v = o.in_out_type
    if v is not None:
        d["InOutType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
