# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeFlow``: the model and its codecs."""

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
class DescribeFlow:
    """Configuration of a StreamLink media transport flow: state, bandwidth, inputs and outputs.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DescribeFlow:
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
        "State",
        "MaxBandwidth",
        "InputGroup",
        "OutputGroup",
        "EventId",
        "Region",
        "AllowedInputProtocols",
        "AllowedOutputProtocols",
    }
)


def _structure(data: Any) -> DescribeFlow:
    """Decode one ``DescribeFlow`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("InputGroup", "an array", v)
        if v:
            f = _S["DescribeInput"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("InputGroup", v, f) from None
        else:
            v = []
    o.input_group = v
    v = get("OutputGroup")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("OutputGroup", "an array", v)
        if v:
            f = _S["DescribeOutput"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("OutputGroup", v, f) from None
        else:
            v = []
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
        if type(v) is not list:
            raise _d.wrong_type("AllowedInputProtocols", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("AllowedInputProtocols", v, "a string", _d.is_str)
    o.allowed_input_protocols = v
    v = get("AllowedOutputProtocols")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("AllowedOutputProtocols", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("AllowedOutputProtocols", v, "a string", _d.is_str)
    o.allowed_output_protocols = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DescribeFlow) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.flow_id
    if v is not None:
        d["FlowId"] = v
    v = o.flow_name
    if v is not None:
        d["FlowName"] = v
    v = o.state
    if v is not None:
        d["State"] = v
    v = o.max_bandwidth
    if v is not None:
        d["MaxBandwidth"] = v
    v = o.input_group
    if v is not None:
        d["InputGroup"] = [_d.wire(x) for x in v]
    v = o.output_group
    if v is not None:
        d["OutputGroup"] = [_d.wire(x) for x in v]
    v = o.event_id
    if v is not None:
        d["EventId"] = v
    v = o.region
    if v is not None:
        d["Region"] = v
    v = o.allowed_input_protocols
    if v is not None:
        d["AllowedInputProtocols"] = list(v)
    v = o.allowed_output_protocols
    if v is not None:
        d["AllowedOutputProtocols"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
