# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ChangeVoiceRequest`` (sent in requests)."""

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
class ChangeVoiceRequest(Model):
    """Request of ChangeVoice: the source audio and the target voice to convert it to."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "audio_data": "AudioData",
        "audio_url": "AudioUrl",
        "voice_id": "VoiceId",
        "output": "Output",
        "ext_param": "ExtParam",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "SyncDubbingOutputOption",
        "str",
    )

    audio_data: str | None = None
    """Base64-encoded audio to convert.

    Wire name: ``AudioData``.
    """

    audio_url: str | None = None
    """URL of the audio to convert; used only when AudioData is empty.

    Wire name: ``AudioUrl``.
    """

    voice_id: str | None = None
    """ID of the target voice.

    Wire name: ``VoiceId``.
    """

    output: models.SyncDubbingOutputOption | None = None
    """Output options for the converted audio.

    Wire name: ``Output``.
    """

    ext_param: str | None = None
    """Extra parameters as a JSON string, for example a time range.

    Wire name: ``ExtParam``.
    """


_KNOWN = frozenset(ChangeVoiceRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ChangeVoiceRequest:
    """Decode one ``ChangeVoiceRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ChangeVoiceRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("AudioData")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AudioData", "a string", v)
    o.audio_data = v
    v = get("AudioUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AudioUrl", "a string", v)
    o.audio_url = v
    v = get("VoiceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VoiceId", "a string", v)
    o.voice_id = v
    v = get("Output")
    if v is not None:
        n += 1
        try:
            v = _S["SyncDubbingOutputOption"](v)
        except DecodeError as e:
            raise e.with_prefix("Output") from None
    o.output = v
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


bind(ChangeVoiceRequest, _structure)
