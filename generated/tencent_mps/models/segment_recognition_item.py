# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SegmentRecognitionItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SegmentRecognitionItem:
    """One clip produced by intelligent video splitting (including live stream splitting), with its
    timing, media links and generated title, summary and keywords.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "confidence": "Confidence",
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
        "segment_url": "SegmentUrl",
        "cov_img_url": "CovImgUrl",
        "title": "Title",
        "summary": "Summary",
        "keywords": "Keywords",
        "begin_time": "BeginTime",
        "end_time": "EndTime",
        "audio_url": "AudioUrl",
        "audio_begin_time": "AudioBeginTime",
        "audio_end_time": "AudioEndTime",
        "person_position_url": "PersonPositionUrl",
        "person_id": "PersonId",
    }
    """Attribute name -> wire name, for every field."""

    confidence: float | None = None
    """Confidence of the split result.

    Wire name: ``Confidence``.
    """

    start_time_offset: float | None = None
    """Offset at which the clip starts, in seconds.

    Unit: s.

    Wire name: ``StartTimeOffset``.
    """

    end_time_offset: float | None = None
    """Offset at which the clip ends, in seconds.

    Unit: s.

    Wire name: ``EndTimeOffset``.
    """

    segment_url: str | None = None
    """URL of the split clip.

    Wire name: ``SegmentUrl``.
    """

    cov_img_url: str | None = None
    """URL of the clip cover image.

    Wire name: ``CovImgUrl``.
    """

    title: str | None = None
    """Generated title of the clip.

    Wire name: ``Title``.
    """

    summary: str | None = None
    """Generated summary of the clip content.

    Wire name: ``Summary``.
    """

    keywords: list[str] | None = None
    """Keywords describing the clip.

    Wire name: ``Keywords``.
    """

    begin_time: str | None = None
    """For live stream splitting, the live stream time at which the clip starts, as an ISO 8601
    date-time string.

    Wire name: ``BeginTime``.
    """

    end_time: str | None = None
    """For live stream splitting, the live stream time at which the clip ends, as an ISO 8601
    date-time string.

    Wire name: ``EndTime``.
    """

    audio_url: str | None = None
    """For live stream splitting, URL of the audio for this clip.

    Wire name: ``AudioUrl``.
    """

    audio_begin_time: float | None = None
    """For live stream splitting, start timestamp of the clip audio, in seconds.

    Unit: s.

    Wire name: ``AudioBeginTime``.
    """

    audio_end_time: float | None = None
    """For live stream splitting, end timestamp of the clip audio, in seconds.

    Unit: s.

    Wire name: ``AudioEndTime``.
    """

    person_position_url: str | None = None
    """For live stream splitting, URL of person position data used to convert landscape video
    to portrait.

    Wire name: ``PersonPositionUrl``.
    """

    person_id: str | None = None
    """ID of the specified person the clip is focused on.

    Wire name: ``PersonId``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SegmentRecognitionItem:
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
        "SegmentUrl",
        "CovImgUrl",
        "Title",
        "Summary",
        "Keywords",
        "BeginTime",
        "EndTime",
        "AudioUrl",
        "AudioBeginTime",
        "AudioEndTime",
        "PersonPositionUrl",
        "PersonId",
    }
)


def _structure(data: Any) -> SegmentRecognitionItem:
    """Decode one ``SegmentRecognitionItem`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SegmentRecognitionItem)
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
    v = get("SegmentUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SegmentUrl", "a string", v)
    o.segment_url = v
    v = get("CovImgUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CovImgUrl", "a string", v)
    o.cov_img_url = v
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
    v = get("Keywords")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Keywords", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Keywords", v, "a string", _d.is_str)
    o.keywords = v
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
    v = get("AudioUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AudioUrl", "a string", v)
    o.audio_url = v
    v = get("AudioBeginTime")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("AudioBeginTime", v)
    o.audio_begin_time = v
    v = get("AudioEndTime")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("AudioEndTime", v)
    o.audio_end_time = v
    v = get("PersonPositionUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("PersonPositionUrl", "a string", v)
    o.person_position_url = v
    v = get("PersonId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("PersonId", "a string", v)
    o.person_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: SegmentRecognitionItem) -> dict[str, Any]:
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
    v = o.segment_url
    if v is not None:
        d["SegmentUrl"] = v
    v = o.cov_img_url
    if v is not None:
        d["CovImgUrl"] = v
    v = o.title
    if v is not None:
        d["Title"] = v
    v = o.summary
    if v is not None:
        d["Summary"] = v
    v = o.keywords
    if v is not None:
        d["Keywords"] = list(v)
    v = o.begin_time
    if v is not None:
        d["BeginTime"] = v
    v = o.end_time
    if v is not None:
        d["EndTime"] = v
    v = o.audio_url
    if v is not None:
        d["AudioUrl"] = v
    v = o.audio_begin_time
    if v is not None:
        d["AudioBeginTime"] = v
    v = o.audio_end_time
    if v is not None:
        d["AudioEndTime"] = v
    v = o.person_position_url
    if v is not None:
        d["PersonPositionUrl"] = v
    v = o.person_id
    if v is not None:
        d["PersonId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
