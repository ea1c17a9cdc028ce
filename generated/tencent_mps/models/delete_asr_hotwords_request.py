# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DeleteAsrHotwordsRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DeleteAsrHotwordsRequest(Model):
    """Request of DeleteAsrHotwords: the ID of the hotword library to remove."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "hotwords_id": "HotwordsId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("str!",)

    hotwords_id: str | None = None
    """ID of the hotword library to delete.

    Required in requests.

    Wire name: ``HotwordsId``.
    """


_KNOWN = frozenset(DeleteAsrHotwordsRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DeleteAsrHotwordsRequest:
    """Decode one ``DeleteAsrHotwordsRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DeleteAsrHotwordsRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("HotwordsId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("HotwordsId", "a string", v)
    o.hotwords_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DeleteAsrHotwordsRequest, _structure)
