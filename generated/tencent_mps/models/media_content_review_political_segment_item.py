# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaContentReviewPoliticalSegmentItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaContentReviewPoliticalSegmentItem:
    """A segment of the media flagged by the sensitive-content (politically sensitive people and
    prohibited logos) moderation check.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
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

    pic_url_expire_time: str | None = None
    """Time at which the screenshot URL expires, as an ISO 8601 date-time string.

    Wire name: ``PicUrlExpireTime``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MediaContentReviewPoliticalSegmentItem:
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
        "Name",
        "Label",
        "Url",
        "AreaCoordSet",
        "PicUrlExpireTime",
    }
)


def _structure(data: Any) -> MediaContentReviewPoliticalSegmentItem:
    """Decode one ``MediaContentReviewPoliticalSegmentItem`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("AreaCoordSet", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is int for x in v):
            _d.check_items("AreaCoordSet", v, "an integer", _d.is_int)
    o.area_coord_set = v
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


def _unstructure(o: MediaContentReviewPoliticalSegmentItem) -> dict[str, Any]:
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
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.label
    if v is not None:
        d["Label"] = v
    v = o.url
    if v is not None:
        d["Url"] = v
    v = o.area_coord_set
    if v is not None:
        d["AreaCoordSet"] = list(v)
    v = o.pic_url_expire_time
    if v is not None:
        d["PicUrlExpireTime"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
