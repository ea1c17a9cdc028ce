# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``HighlightSegmentItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class HighlightSegmentItem:
    """One highlight clip extracted from a video or live stream, with its time range, tags, title
    and summary.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "confidence": "Confidence",
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
        "segment_tags": "SegmentTags",
        "begin_time": "BeginTime",
        "end_time": "EndTime",
        "title": "Title",
        "summary": "Summary",
    }
    """Attribute name -> wire name, for every field."""

    confidence: float | None = None
    """Confidence score of the highlight clip.

    Wire name: ``Confidence``.
    """

    start_time_offset: float | None = None
    """Start offset of the clip within the media, in seconds.

    Unit: s.

    Wire name: ``StartTimeOffset``.
    """

    end_time_offset: float | None = None
    """End offset of the clip within the media, in seconds.

    Unit: s.

    Wire name: ``EndTimeOffset``.
    """

    segment_tags: list[str] | None = None
    """Tags describing the clip. May be null.

    Wire name: ``SegmentTags``.
    """

    begin_time: str | None = None
    """Live stream time at which the clip starts, in ISO 8601 format.

    Wire name: ``BeginTime``.
    """

    end_time: str | None = None
    """Live stream time at which the clip ends, in ISO 8601 format.

    Wire name: ``EndTime``.
    """

    title: str | None = None
    """Title of the highlight.

    Wire name: ``Title``.
    """

    summary: str | None = None
    """Short summary of the highlight.

    Wire name: ``Summary``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> HighlightSegmentItem:
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
        "SegmentTags",
        "BeginTime",
        "EndTime",
        "Title",
        "Summary",
    }
)


def _structure(data: Any) -> HighlightSegmentItem:
    """Decode one ``HighlightSegmentItem`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(HighlightSegmentItem)
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
    v = get("SegmentTags")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("SegmentTags", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("SegmentTags", v, "a string", _d.is_str)
    o.segment_tags = v
    v = get("BeginTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("BeginTime", "a string", v)
    o.begin_time = v
    v = get("EndTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EndTime", "a string", v)
    o.end_time = v
    v = get("Title")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Title", "a string", v)
    o.title = v
    v = get("Summary")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Summary", "a string", v)
    o.summary = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: HighlightSegmentItem) -> dict[str, Any]:
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
    v = o.segment_tags
    if v is not None:
        d["SegmentTags"] = list(v)
    v = o.begin_time
    if v is not None:
        d["BeginTime"] = v
    v = o.end_time
    if v is not None:
        d["EndTime"] = v
    v = o.title
    if v is not None:
        d["Title"] = v
    v = o.summary
    if v is not None:
        d["Summary"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
