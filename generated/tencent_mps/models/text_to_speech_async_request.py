# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TextToSpeechAsyncRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TextToSpeechAsyncRequest:
    """Request of TextToSpeechAsync: the text, the voice ID and optional language and extension
    parameters.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "text": "Text",
        "voice_id": "VoiceId",
        "text_lang": "TextLang",
        "ext_param": "ExtParam",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TextToSpeechAsyncRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Text",
        "VoiceId",
        "TextLang",
        "ExtParam",
    }
)


def _structure(data: Any) -> TextToSpeechAsyncRequest:
    """Decode one ``TextToSpeechAsyncRequest`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: TextToSpeechAsyncRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.text
    if v is not None:
        d["Text"] = v
    v = o.voice_id
    if v is not None:
        d["VoiceId"] = v
    v = o.text_lang
    if v is not None:
        d["TextLang"] = v
    v = o.ext_param
    if v is not None:
        d["ExtParam"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``TextToSpeechAsyncRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not TextToSpeechAsyncRequest:
        o = _e.as_model(o, TextToSpeechAsyncRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.text
    if v is None:
        raise _e.missing("Text", "a string")
    if type(v) is not str:
        v = _e.as_str("Text", v)
    d["Text"] = v
    v = o.voice_id
    if v is None:
        raise _e.missing("VoiceId", "a string")
    if type(v) is not str:
        v = _e.as_str("VoiceId", v)
    d["VoiceId"] = v
    v = o.text_lang
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("TextLang", v)
        d["TextLang"] = v
    v = o.ext_param
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ExtParam", v)
        d["ExtParam"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
