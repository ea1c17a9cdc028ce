# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiRecognitionTaskAsrFullTextSegmentItem``."""

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
class AiRecognitionTaskAsrFullTextSegmentItem(Model):
    """A segment of the full speech transcript produced by speech recognition (ASR)."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "confidence": "Confidence",
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
        "text": "Text",
        "wordlist": "Wordlist",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "float",
        "float",
        "float",
        "str",
        "[WordResult",
    )

    confidence: float | None = None
    """Confidence of the recognized segment, from 0 to 100.

    Wire name: ``Confidence``.
    """

    start_time_offset: float | None = None
    """Offset from the start of the media at which the recognized segment begins, in seconds.

    Unit: s.

    Wire name: ``StartTimeOffset``.
    """

    end_time_offset: float | None = None
    """Offset from the start of the media at which the recognized segment ends, in seconds.

    Unit: s.

    Wire name: ``EndTimeOffset``.
    """

    text: str | None = None
    """Transcribed text of the segment.

    Wire name: ``Text``.
    """

    wordlist: list[models.WordResult] | None = None
    """Per-word timing information for the recognized text.

    Wire name: ``Wordlist``.
    """


_KNOWN = frozenset(AiRecognitionTaskAsrFullTextSegmentItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiRecognitionTaskAsrFullTextSegmentItem:
    """Decode one ``AiRecognitionTaskAsrFullTextSegmentItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiRecognitionTaskAsrFullTextSegmentItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Confidence")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Confidence", v)
    o.confidence = v
    v = get("StartTimeOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("StartTimeOffset", v)
    o.start_time_offset = v
    v = get("EndTimeOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("EndTimeOffset", v)
    o.end_time_offset = v
    v = get("Text")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Text", "a string", v)
    o.text = v
    v = get("Wordlist")
    if v is not None:
        n += 1
        v = _d.objects("Wordlist", v, _S["WordResult"])
    o.wordlist = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiRecognitionTaskAsrFullTextSegmentItem, _structure)
