# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DeleteStreamLinkOutputRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DeleteStreamLinkOutputRequest(Model):
    """Request of DeleteStreamLinkOutput: the flow and the output to remove from it."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "flow_id": "FlowId",
        "output_id": "OutputId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
    )

    flow_id: str | None = None
    """ID of the flow that owns the output.

    Required in requests.

    Wire name: ``FlowId``.
    """

    output_id: str | None = None
    """ID of the output to delete.

    Required in requests.

    Wire name: ``OutputId``.
    """


_KNOWN = frozenset(DeleteStreamLinkOutputRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DeleteStreamLinkOutputRequest:
    """Decode one ``DeleteStreamLinkOutputRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DeleteStreamLinkOutputRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FlowId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FlowId", "a string", v)
    o.flow_id = v
    v = get("OutputId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputId", "a string", v)
    o.output_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DeleteStreamLinkOutputRequest, _structure)
