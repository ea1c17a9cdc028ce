# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyStreamLinkEventRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ModifyStreamLinkEventRequest(Model):
    """Request of ModifyStreamLinkEvent: the event to change and its new name and description."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "event_id": "EventId",
        "event_name": "EventName",
        "description": "Description",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str",
    )

    event_id: str | None = None
    """ID of the StreamLink event to modify. Required.

    Required in requests.

    Wire name: ``EventId``.
    """

    event_name: str | None = None
    """New name of the event. Required.

    Required in requests.

    Wire name: ``EventName``.
    """

    description: str | None = None
    """New description text of the event.

    Wire name: ``Description``.
    """


_KNOWN = frozenset(ModifyStreamLinkEventRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyStreamLinkEventRequest:
    """Decode one ``ModifyStreamLinkEventRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyStreamLinkEventRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("EventId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EventId", "a string", v)
    o.event_id = v
    v = get("EventName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EventName", "a string", v)
    o.event_name = v
    v = get("Description")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Description", "a string", v)
    o.description = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ModifyStreamLinkEventRequest, _structure)
