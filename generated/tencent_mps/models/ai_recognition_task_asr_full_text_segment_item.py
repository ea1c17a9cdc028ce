# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiRecognitionTaskAsrFullTextSegmentItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiRecognitionTaskAsrFullTextSegmentItem:
    """A segment of the full speech transcript produced by speech recognition (ASR).

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "confidence": "Confidence",
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
        "text": "Text",
        "wordlist": "Wordlist",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiRecognitionTaskAsrFullTextSegmentItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Confidence",
        "StartTimeOffset",
        "EndTimeOffset",
        "Text",
        "Wordlist",
    }
)


def _structure(data: Any) -> AiRecognitionTaskAsrFullTextSegmentItem:
    """Decode one ``AiRecognitionTaskAsrFullTextSegmentItem`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("Wordlist", "an array", v)
        if v:
            f = _S["WordResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Wordlist", v, f) from None
        else:
            v = []
    o.wordlist = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AiRecognitionTaskAsrFullTextSegmentItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.confidence
    if v is not None:
        d["Confidence"] = v
    v = o.start_time_offset
    if v is not None:
        d["StartTimeOffset"] = v
    v = o.end_time_offset
    if v is not None:
        d["EndTimeOffset"] = v
    v = o.text
    if v is not None:
        d["Text"] = v
    v = o.wordlist
    if v is not None:
        d["Wordlist"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
