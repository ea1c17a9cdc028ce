# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``HighlightSegmentItem``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class HighlightSegmentItem(Model):
    """One highlight clip extracted from a video or live stream, with its time range, tags, title
    and summary.
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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "float",
        "float",
        "float",
        "[str",
        "datetime",
        "datetime",
        "str",
        "str",
    )

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

    begin_time: datetime | None = None
    """Live stream time at which the clip starts, in ISO 8601 format.

    Wire name: ``BeginTime``.
    """

    end_time: datetime | None = None
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


_KNOWN = frozenset(HighlightSegmentItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> HighlightSegmentItem:
    """Decode one ``HighlightSegmentItem`` wire object: the straight-line decoder of this model."""
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
        v = _d.str_list("SegmentTags", v)
    o.segment_tags = v
    v = get("BeginTime")
    if v is not None:
        n += 1
        v = _t.decode("BeginTime", v)
    o.begin_time = v
    v = get("EndTime")
    if v is not None:
        n += 1
        v = _t.decode("EndTime", v)
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


bind(HighlightSegmentItem, _structure)
