# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaContentReviewSegmentItem``."""

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
class MediaContentReviewSegmentItem(Model):
    """A segment of the media flagged by the pornography (porn) content moderation check."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
        "confidence": "Confidence",
        "label": "Label",
        "suggestion": "Suggestion",
        "url": "Url",
        "pic_url_expire_time": "PicUrlExpireTime",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "float",
        "float",
        "float",
        "str",
        "str",
        "str",
        "datetime",
    )

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

    pic_url_expire_time: datetime | None = None
    """Time at which the screenshot URL expires, as an ISO 8601 date-time string.

    Wire name: ``PicUrlExpireTime``.
    """


_KNOWN = frozenset(MediaContentReviewSegmentItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaContentReviewSegmentItem:
    """Decode one ``MediaContentReviewSegmentItem`` wire object: the straight-line decoder of this model."""
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
        v = _t.decode("PicUrlExpireTime", v)
    o.pic_url_expire_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MediaContentReviewSegmentItem, _structure)
