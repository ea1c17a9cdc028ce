# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``UnattachSecurityGroupInOutInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class UnattachSecurityGroupInOutInfo:
    """An input or output of a flow to unbind from a media transport security group.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "flow_id": "FlowId",
        "in_out_id": "InOutId",
        "in_out_type": "InOutType",
        "flow_region": "FlowRegion",
    }
    """Attribute name -> wire name, for every field."""

    flow_id: str | None = None
    """ID of the flow associated with the security group.

    Required in requests.

    Wire name: ``FlowId``.
    """

    in_out_id: str | None = None
    """ID of the input or output to unbind.

    Required in requests.

    Wire name: ``InOutId``.
    """

    in_out_type: str | None = None
    """Whether the item is an Input or an Output.

    Known values (:class:`tencent_mps.enums.UnattachSecurityGroupInOutInfoInOutType`); others may appear:
    ``Input``: a flow input
    ``Output``: a flow output

    Required in requests.

    Wire name: ``InOutType``.
    """

    flow_region: str | None = None
    """Region of the flow, for example ap-shanghai; shared with the input.

    Required in requests.

    Wire name: ``FlowRegion``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UnattachSecurityGroupInOutInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "FlowId",
        "InOutId",
        "InOutType",
        "FlowRegion",
    }
)


def _structure(data: Any) -> UnattachSecurityGroupInOutInfo:
    """Decode one ``UnattachSecurityGroupInOutInfo`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(UnattachSecurityGroupInOutInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FlowId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FlowId", "a string", v)
    o.flow_id = v
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
    v = get("FlowRegion")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FlowRegion", "a string", v)
    o.flow_region = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: UnattachSecurityGroupInOutInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.flow_id
    if v is not None:
        d["FlowId"] = v
    v = o.in_out_id
    if v is not None:
        d["InOutId"] = v
    v = o.in_out_type
    if v is not None:
        d["InOutType"] = v
    v = o.flow_region
    if v is not None:
        d["FlowRegion"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``UnattachSecurityGroupInOutInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not UnattachSecurityGroupInOutInfo:
        o = _e.as_model(o, UnattachSecurityGroupInOutInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.flow_id
    if v is None:
        raise _e.missing("FlowId", "a string")
    if type(v) is not str:
        v = _e.as_str("FlowId", v)
    d["FlowId"] = v
    v = o.in_out_id
    if v is None:
        raise _e.missing("InOutId", "a string")
    if type(v) is not str:
        v = _e.as_str("InOutId", v)
    d["InOutId"] = v
    v = o.in_out_type
    if v is None:
        raise _e.missing("InOutType", "a string")
    if type(v) is not str:
        v = _e.as_str("InOutType", v)
    d["InOutType"] = v
    v = o.flow_region
    if v is None:
        raise _e.missing("FlowRegion", "a string")
    if type(v) is not str:
        v = _e.as_str("FlowRegion", v)
    d["FlowRegion"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
