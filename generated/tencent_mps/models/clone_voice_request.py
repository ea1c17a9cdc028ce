# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CloneVoiceRequest`` (sent in requests)."""

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
class CloneVoiceRequest(Model):
    """Request of CloneVoice: the reference audio to clone plus an optional preview text."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "audio_data": "AudioData",
        "audio_url": "AudioUrl",
        "audio_lang": "AudioLang",
        "voice_profile": "VoiceProfile",
        "text": "Text",
        "text_lang": "TextLang",
        "output": "Output",
        "ext_param": "ExtParam",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "VoiceProfile",
        "str",
        "str",
        "SyncDubbingOutputOption",
        "str",
    )

    audio_data: str | None = None
    """Base64-encoded reference audio to clone.

    Wire name: ``AudioData``.
    """

    audio_url: str | None = None
    """URL of the reference audio; used only when AudioData is empty.

    Wire name: ``AudioUrl``.
    """

    audio_lang: str | None = None
    """Language of the reference audio, Chinese by default; supports the same languages as
    TextLang in speech synthesis.

    Wire name: ``AudioLang``.
    """

    voice_profile: models.VoiceProfile | None = None
    """Attributes of the voice, used for voice lookup and matching.

    Wire name: ``VoiceProfile``.
    """

    text: str | None = None
    """Text to synthesize as a preview with the cloned voice.

    Wire name: ``Text``.
    """

    text_lang: str | None = None
    """Language of the preview text; detected automatically when omitted. Supports the same
    languages as speech synthesis.

    Wire name: ``TextLang``.
    """

    output: models.SyncDubbingOutputOption | None = None
    """Output options, such as the form of the output audio. Base64 audio is returned by
    default.

    Wire name: ``Output``.
    """

    ext_param: str | None = None
    """Extra parameters as a JSON string.

    Wire name: ``ExtParam``.
    """


_KNOWN = frozenset(CloneVoiceRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CloneVoiceRequest:
    """Decode one ``CloneVoiceRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CloneVoiceRequest)
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
    v = get("AudioLang")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AudioLang", "a string", v)
    o.audio_lang = v
    v = get("VoiceProfile")
    if v is not None:
        n += 1
        try:
            v = _S["VoiceProfile"](v)
        except DecodeError as e:
            raise e.with_prefix("VoiceProfile") from None
    o.voice_profile = v
    v = get("Text")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Text", "a string", v)
    o.text = v
    v = get("TextLang")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TextLang", "a string", v)
    o.text_lang = v
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


bind(CloneVoiceRequest, _structure)
