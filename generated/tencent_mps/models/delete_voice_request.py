# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DeleteVoiceRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DeleteVoiceRequest(Model):
    """Request of DeleteVoice: the ID of the cloned or designed voice to delete."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "voice_id": "VoiceId",
        "ext_param": "ExtParam",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
    )

    voice_id: str | None = None
    """ID of the voice to delete.

    Required in requests.

    Wire name: ``VoiceId``.
    """

    ext_param: str | None = None
    """Extra parameters as a JSON string.

    Wire name: ``ExtParam``.
    """


_KNOWN = frozenset(DeleteVoiceRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DeleteVoiceRequest:
    """Decode one ``DeleteVoiceRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DeleteVoiceRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("VoiceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VoiceId", "a string", v)
    o.voice_id = v
    v = get("ExtParam")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ExtParam", "a string", v)
    o.ext_param = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DeleteVoiceRequest, _structure)
