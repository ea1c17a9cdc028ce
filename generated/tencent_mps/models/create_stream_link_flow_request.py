# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateStreamLinkFlowRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateStreamLinkFlowRequest:
    """Request of CreateStreamLinkFlow: name, bandwidth, inputs, outputs and event of the new flow.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "flow_name": "FlowName",
        "max_bandwidth": "MaxBandwidth",
        "input_group": "InputGroup",
        "event_id": "EventId",
        "output_group": "OutputGroup",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateStreamLinkFlowRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "FlowName",
        "MaxBandwidth",
        "InputGroup",
        "EventId",
        "OutputGroup",
    }
)


def _structure(data: Any) -> CreateStreamLinkFlowRequest:
    """Decode one ``CreateStreamLinkFlowRequest`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("InputGroup", "an array", v)
        if v:
            f = _S["CreateInput"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("InputGroup", v, f) from None
        else:
            v = []
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
        if type(v) is not list:
            raise _d.wrong_type("OutputGroup", "an array", v)
        if v:
            f = _S["CreateOutputInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("OutputGroup", v, f) from None
        else:
            v = []
    o.output_group = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: CreateStreamLinkFlowRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.flow_name
    if v is not None:
        d["FlowName"] = v
    v = o.max_bandwidth
    if v is not None:
        d["MaxBandwidth"] = v
    v = o.input_group
    if v is not None:
        d["InputGroup"] = [_d.wire(x) for x in v]
    v = o.event_id
    if v is not None:
        d["EventId"] = v
    v = o.output_group
    if v is not None:
        d["OutputGroup"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateStreamLinkFlowRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateStreamLinkFlowRequest:
        o = _e.as_model(o, CreateStreamLinkFlowRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.flow_name
    if v is None:
        raise _e.missing("FlowName", "a string")
    if type(v) is not str:
        v = _e.as_str("FlowName", v)
    d["FlowName"] = v
    v = o.max_bandwidth
    if v is None:
        raise _e.missing("MaxBandwidth", "an integer")
    if type(v) is not int:
        v = _e.as_int("MaxBandwidth", v)
    d["MaxBandwidth"] = v
    v = o.input_group
    if v is not None:
        d["InputGroup"] = _e.models("InputGroup", v, _R["CreateInput"])
    v = o.event_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("EventId", v)
        d["EventId"] = v
    v = o.output_group
    if v is not None:
        d["OutputGroup"] = _e.models("OutputGroup", v, _R["CreateOutputInfo"])
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
