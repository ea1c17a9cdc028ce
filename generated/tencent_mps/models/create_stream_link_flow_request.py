# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateStreamLinkFlowRequest`` (sent in requests)."""

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
class CreateStreamLinkFlowRequest(Model):
    """Request of CreateStreamLinkFlow: name, bandwidth, inputs, outputs and event of the new flow."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "flow_name": "FlowName",
        "max_bandwidth": "MaxBandwidth",
        "input_group": "InputGroup",
        "event_id": "EventId",
        "output_group": "OutputGroup",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "int!",
        "[CreateInput",
        "str",
        "[CreateOutputInfo",
    )

    flow_name: str | None = None
    """Name of the new media transport flow.

    Required in requests.

    Wire name: ``FlowName``.
    """

    max_bandwidth: int | None = None
    """Maximum bandwidth of the flow in bps: 10000000, 20000000 or 50000000.

    Unit: bps.

    Required in requests.

    Wire name: ``MaxBandwidth``.
    """

    input_group: list[models.CreateInput] | None = None
    """Inputs to create together with the flow.

    Wire name: ``InputGroup``.
    """

    event_id: str | None = None
    """ID of the media transport event the flow belongs to; a flow can be linked to only one
    event.

    Wire name: ``EventId``.
    """

    output_group: list[models.CreateOutputInfo] | None = None
    """Outputs to create together with the flow.

    Wire name: ``OutputGroup``.
    """


_KNOWN = frozenset(CreateStreamLinkFlowRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateStreamLinkFlowRequest:
    """Decode one ``CreateStreamLinkFlowRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateStreamLinkFlowRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FlowName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FlowName", "a string", v)
    o.flow_name = v
    v = get("MaxBandwidth")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("MaxBandwidth", "an integer", v)
    o.max_bandwidth = v
    v = get("InputGroup")
    if v is not None:
        n += 1
        v = _d.objects("InputGroup", v, _S["CreateInput"])
    o.input_group = v
    v = get("EventId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EventId", "a string", v)
    o.event_id = v
    v = get("OutputGroup")
    if v is not None:
        n += 1
        v = _d.objects("OutputGroup", v, _S["CreateOutputInfo"])
    o.output_group = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateStreamLinkFlowRequest, _structure)
