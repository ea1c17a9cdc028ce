# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeFlow``."""

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
class DescribeFlow(Model):
    """Configuration of a StreamLink media transport flow: state, bandwidth, inputs and outputs."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "flow_id": "FlowId",
        "flow_name": "FlowName",
        "state": "State",
        "max_bandwidth": "MaxBandwidth",
        "input_group": "InputGroup",
        "output_group": "OutputGroup",
        "event_id": "EventId",
        "region": "Region",
        "allowed_input_protocols": "AllowedInputProtocols",
        "allowed_output_protocols": "AllowedOutputProtocols",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "int",
        "[DescribeInput",
        "[DescribeOutput",
        "str",
        "str",
        "[str",
        "[str",
    )

    flow_id: str | None = None
    """ID that identifies the flow.

    Wire name: ``FlowId``.
    """

    flow_name: str | None = None
    """Name given to the flow.

    Wire name: ``FlowName``.
    """

    state: str | None = None
    """Current state of the flow: IDLE or RUNNING.

    Known values (:class:`tencent_mps.enums.DescribeFlowState`); others may appear:
    ``IDLE``: idle, not running
    ``RUNNING``: running

    Wire name: ``State``.
    """

    max_bandwidth: int | None = None
    """Maximum bandwidth configured for the flow, in bps.

    Wire name: ``MaxBandwidth``.
    """

    input_group: list[models.DescribeInput] | None = None
    """Inputs configured on the flow.

    Wire name: ``InputGroup``.
    """

    output_group: list[models.DescribeOutput] | None = None
    """Outputs of the flow. May be null if unavailable.

    Wire name: ``OutputGroup``.
    """

    event_id: str | None = None
    """ID of the media transport event the flow is linked to.

    Wire name: ``EventId``.
    """

    region: str | None = None
    """Region of the flow's input stream; takes the same values as InputRegion.

    Wire name: ``Region``.
    """

    allowed_input_protocols: list[str] | None = None
    """Input protocols that may be created on this flow, for example SRT or RTMP.

    Wire name: ``AllowedInputProtocols``.
    """

    allowed_output_protocols: list[str] | None = None
    """Output protocols that may be created on this flow, for example SRT or RTMP.

    Wire name: ``AllowedOutputProtocols``.
    """


_KNOWN = frozenset(DescribeFlow.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeFlow:
    """Decode one ``DescribeFlow`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeFlow)
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
    v = get("State")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("State", "a string", v)
    o.state = v
    v = get("MaxBandwidth")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("MaxBandwidth", "an integer", v)
    o.max_bandwidth = v
    v = get("InputGroup")
    if v is not None:
        n += 1
        v = _d.objects("InputGroup", v, _S["DescribeInput"])
    o.input_group = v
    v = get("OutputGroup")
    if v is not None:
        n += 1
        v = _d.objects("OutputGroup", v, _S["DescribeOutput"])
    o.output_group = v
    v = get("EventId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EventId", "a string", v)
    o.event_id = v
    v = get("Region")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Region", "a string", v)
    o.region = v
    v = get("AllowedInputProtocols")
    if v is not None:
        n += 1
        v = _d.str_list("AllowedInputProtocols", v)
    o.allowed_input_protocols = v
    v = get("AllowedOutputProtocols")
    if v is not None:
        n += 1
        v = _d.str_list("AllowedOutputProtocols", v)
    o.allowed_output_protocols = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeFlow, _structure)
