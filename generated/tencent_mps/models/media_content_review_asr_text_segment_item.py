# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaContentReviewAsrTextSegmentItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaContentReviewAsrTextSegmentItem:
    """A segment flagged by moderation of the speech transcript (ASR text) of the media.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
        "confidence": "Confidence",
        "suggestion": "Suggestion",
        "keyword_set": "KeywordSet",
    }
    """Attribute name -> wire name, for every field."""

    start_time_offset: float | None = None
    """Offset from the start of the media at which the suspect segment begins, in seconds.

    Unit: s.

    Wire name: ``StartTimeOffset``.
    """

    end_time_offset: float | None = None
    """Offset from the start of the media at which the suspect segment ends, in seconds.

    Unit: s.

    Wire name: ``EndTimeOffset``.
    """

    confidence: float | None = None
    """Confidence score of the suspect segment.

    Wire name: ``Confidence``.
    """

    suggestion: str | None = None
    """Recommended handling for the segment.

    Known values (:class:`tencent_mps.enums.ReviewSuggestion`); others may appear:
    ``pass``: No violation found; content can pass
    ``review``: Possibly violating; manual review recommended
    ``block``: Violation confirmed; content should be blocked

    Wire name: ``Suggestion``.
    """

    keyword_set: list[str] | None = None
    """Suspicious keywords found in the speech of this segment.

    Wire name: ``KeywordSet``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MediaContentReviewAsrTextSegmentItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "StartTimeOffset",
        "EndTimeOffset",
        "Confidence",
        "Suggestion",
        "KeywordSet",
    }
)


def _structure(data: Any) -> MediaContentReviewAsrTextSegmentItem:
    """Decode one ``MediaContentReviewAsrTextSegmentItem`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaContentReviewAsrTextSegmentItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
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
    v = get("Confidence")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Confidence", v)
    o.confidence = v
    v = get("Suggestion")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Suggestion", "a string", v)
    o.suggestion = v
    v = get("KeywordSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("KeywordSet", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("KeywordSet", v, "a string", _d.is_str)
    o.keyword_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: MediaContentReviewAsrTextSegmentItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.start_time_offset
    if v is not None:
        d["StartTimeOffset"] = v
    v = o.end_time_offset
    if v is not None:
        d["EndTimeOffset"] = v
    v = o.confidence
    if v is not None:
        d["Confidence"] = v
    v = o.suggestion
    if v is not None:
        d["Suggestion"] = v
    v = o.keyword_set
    if v is not None:
        d["KeywordSet"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
