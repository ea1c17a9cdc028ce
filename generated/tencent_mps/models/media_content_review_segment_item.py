# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaContentReviewSegmentItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaContentReviewSegmentItem:
    """A segment of the media flagged by the pornography (porn) content moderation check.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
        "confidence": "Confidence",
        "label": "Label",
        "suggestion": "Suggestion",
        "url": "Url",
        "pic_url_expire_time": "PicUrlExpireTime",
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
    """Porn-detection score of the suspect segment.

    Wire name: ``Confidence``.
    """

    label: str | None = None
    """Label returned by porn detection for this segment, e.g. sexy.

    Wire name: ``Label``.
    """

    suggestion: str | None = None
    """Recommended handling for the segment based on porn detection.

    Known values (:class:`tencent_mps.enums.ReviewSuggestion`); others may appear:
    ``pass``: No violation found; content can pass
    ``review``: Possibly violating; manual review recommended
    ``block``: Violation confirmed; content should be blocked

    Wire name: ``Suggestion``.
    """

    url: str | None = None
    """URL of the screenshot for the suspect segment. The image is stored only temporarily and
    is deleted once PicUrlExpireTime is reached.

    Wire name: ``Url``.
    """

    pic_url_expire_time: str | None = None
    """Time at which the screenshot URL expires, as an ISO 8601 date-time string.

    Wire name: ``PicUrlExpireTime``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MediaContentReviewSegmentItem:
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
        "Label",
        "Suggestion",
        "Url",
        "PicUrlExpireTime",
    }
)


def _structure(data: Any) -> MediaContentReviewSegmentItem:
    """Decode one ``MediaContentReviewSegmentItem`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaContentReviewSegmentItem)
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
    v = get("Label")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Label", "a string", v)
    o.label = v
    v = get("Suggestion")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Suggestion", "a string", v)
    o.suggestion = v
    v = get("Url")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Url", "a string", v)
    o.url = v
    v = get("PicUrlExpireTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("PicUrlExpireTime", "a string", v)
    o.pic_url_expire_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: MediaContentReviewSegmentItem) -> dict[str, Any]:
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
    v = o.label
    if v is not None:
        d["Label"] = v
    v = o.suggestion
    if v is not None:
        d["Suggestion"] = v
    v = o.url
    if v is not None:
        d["Url"] = v
    v = o.pic_url_expire_time
    if v is not None:
        d["PicUrlExpireTime"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
