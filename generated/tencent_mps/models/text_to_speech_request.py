# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TextToSpeechRequest`` (sent in requests)."""

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
class TextToSpeechRequest(Model):
    """Request of TextToSpeech: the text, the voice ID and optional language, output and extension
    parameters.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "text": "Text",
        "voice_id": "VoiceId",
        "text_lang": "TextLang",
        "output": "Output",
        "ext_param": "ExtParam",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str",
        "SyncDubbingOutputOption",
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
    """Language of the text; detected automatically when empty. Supported: zh, en, ja, de, fr,
    ko, ru, uk, pt, it, es, id, nl, tr, fil, ms, el, fi, hr, sk, pl, sv, hi, bg, ro, ar, cs,
    da, ta, hun (Hungarian), vi, no, yue, th, he, ca, nn (Nynorsk), af, fa and sl.

    Wire name: ``TextLang``.
    """

    output: models.SyncDubbingOutputOption | None = None
    """Output settings, such as whether audio is returned as data or a URL.

    Wire name: ``Output``.
    """

    ext_param: str | None = None
    """Extension parameters as a JSON string. synExt holds synthesis options: duration in
    seconds (not controlled by default), format (wav by default, or mp3) and sampleRate
    (default 16000; 8000, 16000, 22050, 24000, 32000 or 44100).

    Wire name: ``ExtParam``.
    """


_KNOWN = frozenset(TextToSpeechRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TextToSpeechRequest:
    """Decode one ``TextToSpeechRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TextToSpeechRequest)
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


bind(TextToSpeechRequest, _structure)
