# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SyncDubbingRequest`` (sent in requests)."""

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
class SyncDubbingRequest(Model):
    """Request of SyncDubbing: text to synthesize and a voice ID, or audio to clone a voice from,
    plus output options.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "text": "Text",
        "text_lang": "TextLang",
        "voice_id": "VoiceId",
        "audio_data": "AudioData",
        "audio_url": "AudioUrl",
        "audio_lang": "AudioLang",
        "voice_profile": "VoiceProfile",
        "output": "Output",
        "resource_id": "ResourceId",
        "ext_param": "ExtParam",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "VoiceProfile",
        "SyncDubbingOutputOption",
        "str",
        "str",
    )

    text: str | None = None
    """Text to synthesize, at most 2000 characters; required for speech synthesis.

    Wire name: ``Text``.
    """

    text_lang: str | None = None
    """Language of the text. Defaults to Chinese. Supported: zh, en, ja, de, fr, ko, ru, uk,
    pt, it, es, id, nl, tr, fil, ms, el, fi, hr, sk, pl, sv, hi, bg, ro, ar, cs, da, ta, hun
    (Hungarian), vi, no, yue, th, he, ca, nn (Nynorsk), af, fa and sl.

    Wire name: ``TextLang``.
    """

    voice_id: str | None = None
    """ID of the voice to synthesize with, either a system voice or a cloned voice.

    Wire name: ``VoiceId``.
    """

    audio_data: str | None = None
    """Base64-encoded audio to clone a voice from.

    Wire name: ``AudioData``.
    """

    audio_url: str | None = None
    """URL of the audio to clone a voice from; used when AudioData is empty.

    Wire name: ``AudioUrl``.
    """

    audio_lang: str | None = None
    """Language of the cloning audio; defaults to Chinese. Supports the same languages as
    TextLang.

    Wire name: ``AudioLang``.
    """

    voice_profile: models.VoiceProfile | None = None
    """Attributes of the voice, such as name, gender, age and languages.

    Wire name: ``VoiceProfile``.
    """

    output: models.SyncDubbingOutputOption | None = None
    """Output settings, such as the output form. Defaults to Base64 audio.

    Wire name: ``Output``.
    """

    resource_id: str | None = None
    """Resource ID to bill the request to; the resource must be enabled. Defaults to the
    account's primary resource ID.

    Wire name: ``ResourceId``.
    """

    ext_param: str | None = None
    """Extension parameters as a JSON string. synExt holds synthesis options: duration in
    seconds (not controlled by default), sampleRate (default 16000; 8000, 16000, 22050,
    24000, 32000 or 44100) and pitch in [-12, 12] (default 0). cloneExt.timeRanges gives the
    time ranges in seconds of the audio to clone; by default the first 20 s are used.

    Wire name: ``ExtParam``.
    """


_KNOWN = frozenset(SyncDubbingRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SyncDubbingRequest:
    """Decode one ``SyncDubbingRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SyncDubbingRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
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
    v = get("VoiceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VoiceId", "a string", v)
    o.voice_id = v
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
    v = get("Output")
    if v is not None:
        n += 1
        try:
            v = _S["SyncDubbingOutputOption"](v)
        except DecodeError as e:
            raise e.with_prefix("Output") from None
    o.output = v
    v = get("ResourceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ResourceId", "a string", v)
    o.resource_id = v
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


bind(SyncDubbingRequest, _structure)
