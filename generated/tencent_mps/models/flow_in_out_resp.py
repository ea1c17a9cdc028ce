# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowInOutResp``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FlowInOutResp(Model):
    """Configuration summary of an input or output of a flow, as returned when querying flows
    attached to an event.
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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
    )

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


_KNOWN = frozenset(FlowInOutResp.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> FlowInOutResp:
    """Decode one ``FlowInOutResp`` wire object: the straight-line decoder of this model."""
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


bind(FlowInOutResp, _structure)
