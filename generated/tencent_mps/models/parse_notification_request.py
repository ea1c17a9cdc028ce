# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ParseNotificationRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ParseNotificationRequest(Model):
    """Request of ParseNotification, carrying the raw event notification content to be parsed."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "content": "Content",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("str!",)

    content: str | None = None
    """Event notification content received from CMQ.

    Required in requests.

    Wire name: ``Content``.
    """


_KNOWN = frozenset(ParseNotificationRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ParseNotificationRequest:
    """Decode one ``ParseNotificationRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ParseNotificationRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Content")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Content", "a string", v)
    o.content = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ParseNotificationRequest, _structure)
