# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``BatchStartStreamLinkFlowRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class BatchStartStreamLinkFlowRequest(Model):
    """Request of BatchStartStreamLinkFlow: the event and, optionally, which of its flows to start."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "event_id": "EventId",
        "flow_ids": "FlowIds",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "[str",
    )

    event_id: str | None = None
    """ID of the StreamLink event whose flows are started.

    Required in requests.

    Wire name: ``EventId``.
    """

    flow_ids: list[str] | None = None
    """IDs of the flows under the event to start; when omitted, all media transport flows of
    the event are started.

    Wire name: ``FlowIds``.
    """


_KNOWN = frozenset(BatchStartStreamLinkFlowRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> BatchStartStreamLinkFlowRequest:
    """Decode one ``BatchStartStreamLinkFlowRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(BatchStartStreamLinkFlowRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("EventId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EventId", "a string", v)
    o.event_id = v
    v = get("FlowIds")
    if v is not None:
        n += 1
        v = _d.str_list("FlowIds", v)
    o.flow_ids = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(BatchStartStreamLinkFlowRequest, _structure)
