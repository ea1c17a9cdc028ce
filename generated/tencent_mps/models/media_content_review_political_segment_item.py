# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaContentReviewPoliticalSegmentItem``."""

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
class MediaContentReviewPoliticalSegmentItem(Model):
    """A segment of the media flagged by the sensitive-content (politically sensitive people and
    prohibited logos) moderation check.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
        "confidence": "Confidence",
        "suggestion": "Suggestion",
        "name": "Name",
        "label": "Label",
        "url": "Url",
        "area_coord_set": "AreaCoordSet",
        "pic_url_expire_time": "PicUrlExpireTime",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "float",
        "float",
        "float",
        "str",
        "str",
        "str",
        "str",
        "[int",
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
    """Sensitive-content score of the suspect segment.

    Wire name: ``Confidence``.
    """

    suggestion: str | None = None
    """Recommended handling for the segment based on the sensitive-content check.

    Known values (:class:`tencent_mps.enums.ReviewSuggestion`); others may appear:
    ``pass``: No violation found; content can pass
    ``review``: Possibly violating; manual review recommended
    ``block``: Violation confirmed; content should be blocked

    Wire name: ``Suggestion``.
    """

    name: str | None = None
    """Name of the sensitive person or prohibited logo detected.

    Wire name: ``Name``.
    """

    label: str | None = None
    """Sensitive-content label of the segment. The labels map to the LabelSet groups of the
    moderation template (violation_photo, politician, entertainment, sport, entrepreneur,
    scholar, celebrity, military).

    Known values (:class:`tencent_mps.enums.MediaContentReviewPoliticalSegmentItemLabel`); others may appear:
    ``violation_photo``: Prohibited logo or icon
    ``nation_politician``: National leader
    ``province_politician``: Provincial or ministerial level official
    ``bureau_politician``: Department or bureau level official
    ``county_politician``: County level official
    ``rural_politician``: Township level official
    ``sensitive_politician``: Sensitive political figure
    ``foreign_politician``: Foreign leader
    ``sensitive_entertainment``: Sensitive entertainment figure
    ``sensitive_sport``: Sensitive sports figure
    ``sensitive_entrepreneur``: Sensitive business figure
    ``sensitive_scholar``: Sensitive academic or educator
    ``sensitive_celebrity``: Sensitive well-known figure
    ``historical_celebrity``: Well-known historical figure
    ``sensitive_military``: Sensitive military figure

    Wire name: ``Label``.
    """

    url: str | None = None
    """URL of the screenshot for the suspect segment. The image is stored only temporarily and
    is deleted once PicUrlExpireTime is reached.

    Wire name: ``Url``.
    """

    area_coord_set: list[int] | None = None
    """Bounding box of the detected person or logo as [x1, y1, x2, y2], i.e. top-left and
    bottom-right corners, in pixels.

    Unit: px.

    Wire name: ``AreaCoordSet``.
    """

    pic_url_expire_time: datetime | None = None
    """Time at which the screenshot URL expires, as an ISO 8601 date-time string.

    Wire name: ``PicUrlExpireTime``.
    """


_KNOWN = frozenset(MediaContentReviewPoliticalSegmentItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaContentReviewPoliticalSegmentItem:
    """Decode one ``MediaContentReviewPoliticalSegmentItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaContentReviewPoliticalSegmentItem)
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
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Label")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Label", "a string", v)
    o.label = v
    v = get("Url")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Url", "a string", v)
    o.url = v
    v = get("AreaCoordSet")
    if v is not None:
        n += 1
        v = _d.int_list("AreaCoordSet", v)
    o.area_coord_set = v
    v = get("PicUrlExpireTime")
    if v is not None:
        n += 1
        v = _t.decode("PicUrlExpireTime", v)
    o.pic_url_expire_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MediaContentReviewPoliticalSegmentItem, _structure)
