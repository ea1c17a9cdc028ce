# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``RecognizeAudioSentence``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class RecognizeAudioSentence(Model):
    """Recognition result for one sentence of the audio, with its time span and word timings."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "start": "Start",
        "end": "End",
        "text": "Text",
        "words_info": "WordsInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "float",
        "float",
        "str",
        "[WordResult",
    )

    start: float | None = None
    """Start time of the sentence in the audio, in seconds.

    Unit: s.

    Wire name: ``Start``.
    """

    end: float | None = None
    """End time of the sentence in the audio, in seconds.

    Unit: s.

    Wire name: ``End``.
    """

    text: str | None = None
    """Recognized text of the sentence.

    Wire name: ``Text``.
    """

    words_info: list[models.WordResult] | None = None
    """Timestamps of the individual words in the sentence.

    Wire name: ``WordsInfo``.
    """


_KNOWN = frozenset(RecognizeAudioSentence.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> RecognizeAudioSentence:
    """Decode one ``RecognizeAudioSentence`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(RecognizeAudioSentence)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Start")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Start", v)
    o.start = v
    v = get("End")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("End", v)
    o.end = v
    v = get("Text")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Text", "a string", v)
    o.text = v
    v = get("WordsInfo")
    if v is not None:
        n += 1
        v = _d.objects("WordsInfo", v, _S["WordResult"])
    o.words_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(RecognizeAudioSentence, _structure)
