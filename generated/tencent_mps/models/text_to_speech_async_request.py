# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TextToSpeechAsyncRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TextToSpeechAsyncRequest(Model):
    """Request of TextToSpeechAsync: the text, the voice ID and optional language and extension
    parameters.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "text": "Text",
        "voice_id": "VoiceId",
        "text_lang": "TextLang",
        "ext_param": "ExtParam",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str",
        "str",
    )

    text: str | None = None
    """Text to synthesize. Required.

    Required in requests.

    Wire name: ``Text``.
    """

    voice_id: str | None = None
    """ID of the voice to use. Required.

    Required in requests.

    Wire name: ``VoiceId``.
    """

    text_lang: str | None = None
    """Language of the text; detected automatically when empty.

    Wire name: ``TextLang``.
    """

    ext_param: str | None = None
    """Extension parameters as a JSON string. synExt holds synthesis options: duration in
    seconds, sampleRate (default 16000; 8000, 16000, 22050, 32000 or 44100) and pitch in
    [-12, 12] (default 0). transExt holds translation options: transInfo.transDst, the
    target language such as en, and transRequirement, the translation requirements.

    Wire name: ``ExtParam``.
    """


_KNOWN = frozenset(TextToSpeechAsyncRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TextToSpeechAsyncRequest:
    """Decode one ``TextToSpeechAsyncRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TextToSpeechAsyncRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Text")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Text", "a string", v)
    o.text = v
    v = get("VoiceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VoiceId", "a string", v)
    o.voice_id = v
    v = get("TextLang")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TextLang", "a string", v)
    o.text_lang = v
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


bind(TextToSpeechAsyncRequest, _structure)
