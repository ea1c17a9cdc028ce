# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateStreamLinkOutputInfoRequest``: the model and its codecs."""

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
class CreateStreamLinkOutputInfoRequest:
    """Request of CreateStreamLinkOutputInfo: the flow and the configuration of the output to add.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "flow_id": "FlowId",
        "output": "Output",
    }
    """Attribute name -> wire name, for every field."""

    flow_id: str | None = None
    """ID of the media transport flow to add the output to.

    Required in requests.

    Wire name: ``FlowId``.
    """

    output: models.CreateOutputInfo | None = None
    """Configuration of the output to create.

    Required in requests.

    Wire name: ``Output``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateStreamLinkOutputInfoRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "FlowId",
        "Output",
    }
)


def _structure(data: Any) -> CreateStreamLinkOutputInfoRequest:
    """Decode one ``CreateStreamLinkOutputInfoRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateStreamLinkOutputInfoRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FlowId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FlowId", "a string", v)
    o.flow_id = v
    v = get("Output")
    if v is not None:
        n += 1
        try:
            v = _S["CreateOutputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("Output") from None
    o.output = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: CreateStreamLinkOutputInfoRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.flow_id
    if v is not None:
        d["FlowId"] = v
    v = o.output
    if v is not None:
        d["Output"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateStreamLinkOutputInfoRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateStreamLinkOutputInfoRequest:
        o = _e.as_model(o, CreateStreamLinkOutputInfoRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.flow_id
    if v is None:
        raise _e.missing("FlowId", "a string")
    if type(v) is not str:
        v = _e.as_str("FlowId", v)
    d["FlowId"] = v
    v = o.output
    if v is None:
        raise _e.missing("Output", "an object")
    try:
        d["Output"] = _R["CreateOutputInfo"](v)
    except ValidationError as e:
        raise e.with_prefix("Output") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
