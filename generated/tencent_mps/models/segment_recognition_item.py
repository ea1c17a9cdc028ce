# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SegmentRecognitionItem``."""

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
class SegmentRecognitionItem(Model):
    """One clip produced by intelligent video splitting (including live stream splitting), with its
    timing, media links and generated title, summary and keywords.
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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "float",
        "float",
        "float",
        "str",
        "str",
        "str",
        "str",
        "[str",
        "datetime",
        "datetime",
        "str",
        "float",
        "float",
        "str",
        "str",
    )

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

    begin_time: datetime | None = None
    """For live stream splitting, the live stream time at which the clip starts, as an ISO 8601
    date-time string.

    Wire name: ``BeginTime``.
    """

    end_time: datetime | None = None
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


_KNOWN = frozenset(SegmentRecognitionItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SegmentRecognitionItem:
    """Decode one ``SegmentRecognitionItem`` wire object: the straight-line decoder of this model."""
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
        v = _d.str_list("Keywords", v)
    o.keywords = v
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


bind(SegmentRecognitionItem, _structure)
