# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateStreamLinkEventRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateStreamLinkEventRequest(Model):
    """Request of CreateStreamLinkEvent: the name and description of the new event."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "event_name": "EventName",
        "description": "Description",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
    )

    event_name: str | None = None
    """Name of the new StreamLink event.

    Required in requests.

    Wire name: ``EventName``.
    """

    description: str | None = None
    """Free-text description of the event.

    Wire name: ``Description``.
    """


_KNOWN = frozenset(CreateStreamLinkEventRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateStreamLinkEventRequest:
    """Decode one ``CreateStreamLinkEventRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateStreamLinkEventRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
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


bind(CreateStreamLinkEventRequest, _structure)
