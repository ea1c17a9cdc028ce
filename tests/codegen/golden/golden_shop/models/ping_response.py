# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``PingResponse``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class PingResponse(Model):
    """Response of Ping."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "pong": "Pong",
        "request_id": "RequestId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
    )

    pong: str | None = None
    """The word pong.

    Wire name: ``Pong``.
    """

    request_id: str | None = None
    """Unique ID of the request.

    Wire name: ``RequestId``.
    """


_KNOWN = frozenset(PingResponse.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> PingResponse:
    """Decode one ``PingResponse`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(PingResponse)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Pong")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Pong", "a string", v)
    o.pong = v
    v = get("RequestId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("RequestId", "a string", v)
    o.request_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(PingResponse, _structure)
