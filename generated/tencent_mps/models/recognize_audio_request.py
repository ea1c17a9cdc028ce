# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``RecognizeAudioRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class RecognizeAudioRequest(Model):
    """Request of RecognizeAudio: base64 audio data with its format, sample rate and language."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "audio_data": "AudioData",
        "source": "Source",
        "audio_format": "AudioFormat",
        "sample_rate": "SampleRate",
        "user_ext_para": "UserExtPara",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
        "str",
        "int",
        "str",
    )

    audio_data: str | None = None
    """Audio data to recognize, base64-encoded.

    Required in requests.

    Wire name: ``AudioData``.
    """

    source: str | None = None
    """Language of the speech; empty means auto (automatic detection). Specifying the language
    can improve accuracy when detection works poorly.

    Known values (:class:`tencent_mps.enums.RecognizeAudioRequestSource`); others may appear:
    ``auto``: detect the language automatically
    ``zh``: simplified chinese
    ``en``: english
    ``ja``: japanese
    ``ko``: korean
    ``vi``: vietnamese
    ``ms``: malay
    ``id``: indonesian
    ``fil``: filipino
    ``th``: thai
    ``pt``: portuguese
    ``tr``: turkish
    ``ar``: arabic
    ``es``: spanish
    ``hi``: hindi
    ``fr``: french
    ``de``: german
    ``it``: italian
    ``yue``: cantonese
    ``ru``: russian
    ``af``: afrikaans
    ``sq``: albanian
    ``am``: amharic
    ``hy``: armenian
    ``az``: azerbaijani
    ``eu``: basque
    ``bn``: bengali
    ``bs``: bosnian
    ``bg``: bulgarian
    ``my``: burmese
    ``ca``: catalan
    ``hr``: croatian
    ``cs``: czech
    ``da``: danish
    ``nl``: dutch
    ``et``: estonian
    ``fi``: finnish
    ``gl``: galician
    ``ka``: georgian
    ``el``: greek
    ``gu``: gujarati
    ``iw``: hebrew
    ``hu``: hungarian
    ``is``: icelandic
    ``jv``: javanese
    ``kn``: kannada
    ``kk``: kazakh
    ``km``: khmer
    ``rw``: kinyarwanda
    ``lo``: lao
    ``lv``: latvian
    ``lt``: lithuanian
    ``mk``: macedonian
    ``ml``: malayalam
    ``mr``: marathi
    ``mn``: mongolian
    ``ne``: nepali
    ``no``: norwegian bokmal
    ``fa``: persian
    ``pl``: polish
    ``ro``: romanian
    ``sr``: serbian
    ``si``: sinhala
    ``sk``: slovak
    ``sl``: slovenian
    ``st``: southern sotho
    ``su``: sundanese
    ``sw``: swahili
    ``sv``: swedish
    ``ta``: tamil
    ``te``: telugu
    ``ts``: tsonga
    ``uk``: ukrainian
    ``ur``: urdu
    ``uz``: uzbek
    ``ve``: venda
    ``xh``: xhosa
    ``zu``: zulu

    Wire name: ``Source``.
    """

    audio_format: str | None = None
    """Format of the audio data; defaults to pcm.

    Known values (:class:`tencent_mps.enums.RecognizeAudioRequestAudioFormat`); others may appear:
    ``pcm``: mono 16-bit pcm at 16000 hz
    ``ogg-opus``: mono opus in ogg at 16000, 24000 or 48000 hz

    Wire name: ``AudioFormat``.
    """

    sample_rate: int | None = None
    """Sample rate of the audio in Hz: 16000 for pcm; 16000, 24000 or 48000 for ogg-opus.

    Wire name: ``SampleRate``.
    """

    user_ext_para: str | None = None
    """Extension parameters for special needs; normally left empty.

    Wire name: ``UserExtPara``.
    """


_KNOWN = frozenset(RecognizeAudioRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> RecognizeAudioRequest:
    """Decode one ``RecognizeAudioRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(RecognizeAudioRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("AudioData")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AudioData", "a string", v)
    o.audio_data = v
    v = get("Source")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Source", "a string", v)
    o.source = v
    v = get("AudioFormat")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AudioFormat", "a string", v)
    o.audio_format = v
    v = get("SampleRate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SampleRate", "an integer", v)
    o.sample_rate = v
    v = get("UserExtPara")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UserExtPara", "a string", v)
    o.user_ext_para = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(RecognizeAudioRequest, _structure)
