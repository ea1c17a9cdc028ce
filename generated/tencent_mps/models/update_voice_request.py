# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``UpdateVoiceRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class UpdateVoiceRequest(Model):
    """Request of UpdateVoice: the voice ID and the fields to update."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "voice_id": "VoiceId",
        "voice_fields": "VoiceFields",
        "ext_param": "ExtParam",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "VoiceUpdateFields!",
        "str",
    )

    voice_id: str | None = None
    """ID of the voice to update. Required.

    Required in requests.

    Wire name: ``VoiceId``.
    """

    voice_fields: models.VoiceUpdateFields | None = None
    """Voice fields to update. Required.

    Required in requests.

    Wire name: ``VoiceFields``.
    """

    ext_param: str | None = None
    """Extension parameters as a JSON string, for example {"engine": "auto"}.

    Wire name: ``ExtParam``.
    """


_KNOWN = frozenset(UpdateVoiceRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> UpdateVoiceRequest:
    """Decode one ``UpdateVoiceRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(UpdateVoiceRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("VoiceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VoiceId", "a string", v)
    o.voice_id = v
    v = get("VoiceFields")
    if v is not None:
        n += 1
        try:
            v = _S["VoiceUpdateFields"](v)
        except DecodeError as e:
            raise e.with_prefix("VoiceFields") from None
    o.voice_fields = v
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


bind(UpdateVoiceRequest, _structure)
