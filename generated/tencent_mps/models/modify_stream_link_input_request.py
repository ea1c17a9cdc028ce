# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyStreamLinkInputRequest``: the model and its codecs."""

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
class ModifyStreamLinkInputRequest:
    """Request of ModifyStreamLinkInput: the flow and the new settings of one of its inputs.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "flow_id": "FlowId",
        "input": "Input",
    }
    """Attribute name -> wire name, for every field."""

    flow_id: str | None = None
    """ID of the flow whose input is modified. Required.

    Required in requests.

    Wire name: ``FlowId``.
    """

    input: models.ModifyInput | None = None
    """New settings of the input. Required.

    Required in requests.

    Wire name: ``Input``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModifyStreamLinkInputRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "FlowId",
        "Input",
    }
)


def _structure(data: Any) -> ModifyStreamLinkInputRequest:
    """Decode one ``ModifyStreamLinkInputRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyStreamLinkInputRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FlowId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FlowId", "a string", v)
    o.flow_id = v
    v = get("Input")
    if v is not None:
        n += 1
        try:
            v = _S["ModifyInput"](v)
        except DecodeError as e:
            raise e.with_prefix("Input") from None
    o.input = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ModifyStreamLinkInputRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.flow_id
    if v is not None:
        d["FlowId"] = v
    v = o.input
    if v is not None:
        d["Input"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ModifyStreamLinkInputRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ModifyStreamLinkInputRequest:
        o = _e.as_model(o, ModifyStreamLinkInputRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.flow_id
    if v is None:
        raise _e.missing("FlowId", "a string")
    if type(v) is not str:
        v = _e.as_str("FlowId", v)
    d["FlowId"] = v
    v = o.input
    if v is None:
        raise _e.missing("Input", "an object")
    try:
        d["Input"] = _R["ModifyInput"](v)
    except ValidationError as e:
        raise e.with_prefix("Input") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
