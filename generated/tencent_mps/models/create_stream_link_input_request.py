# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateStreamLinkInputRequest`` (sent in requests)."""

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
class CreateStreamLinkInputRequest(Model):
    """Request of CreateStreamLinkInput: the flow and the inputs to add to it."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "flow_id": "FlowId",
        "input_group": "InputGroup",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "[CreateInput",
    )

    flow_id: str | None = None
    """ID of the media transport flow to add the inputs to.

    Required in requests.

    Wire name: ``FlowId``.
    """

    input_group: list[models.CreateInput] | None = None
    """Inputs to create for the flow.

    Wire name: ``InputGroup``.
    """


_KNOWN = frozenset(CreateStreamLinkInputRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateStreamLinkInputRequest:
    """Decode one ``CreateStreamLinkInputRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateStreamLinkInputRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FlowId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FlowId", "a string", v)
    o.flow_id = v
    v = get("InputGroup")
    if v is not None:
        n += 1
        v = _d.objects("InputGroup", v, _S["CreateInput"])
    o.input_group = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateStreamLinkInputRequest, _structure)
