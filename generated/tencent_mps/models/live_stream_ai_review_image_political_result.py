# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamAiReviewImagePoliticalResult``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveStreamAiReviewImagePoliticalResult:
    """A live stream segment flagged by image review for sensitive people or prohibited logos.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "start_pts_time": "StartPtsTime",
        "end_pts_time": "EndPtsTime",
        "confidence": "Confidence",
        "suggestion": "Suggestion",
        "label": "Label",
        "name": "Name",
        "area_coord_set": "AreaCoordSet",
        "url": "Url",
        "pic_url_expire_time": "PicUrlExpireTime",
    }
    """Attribute name -> wire name, for every field."""

    start_pts_time: float | None = None
    """PTS time at which the suspected segment starts, in seconds.

    Unit: s.

    Wire name: ``StartPtsTime``.
    """

    end_pts_time: float | None = None
    """PTS time at which the suspected segment ends, in seconds.

    Unit: s.

    Wire name: ``EndPtsTime``.
    """

    confidence: float | None = None
    """Sensitivity score of the suspected segment.

    Wire name: ``Confidence``.
    """

    suggestion: str | None = None
    """Recommended handling of the suspected segment: pass, review or block.

    Known values (:class:`tencent_mps.enums.ReviewSuggestion`); others may appear:
    ``pass``: no violation suspected, content can pass
    ``review``: suspected violation, needs manual review
    ``block``: violation confirmed, content should be blocked

    Wire name: ``Suggestion``.
    """

    label: str | None = None
    """Label of the sensitive content found in the image.

    Known values (:class:`tencent_mps.enums.AiReviewPoliticalTaskOutputLabel`); others may appear:
    ``politician``: sensitive person
    ``violation_photo``: prohibited logo or icon

    Wire name: ``Label``.
    """

    name: str | None = None
    """Name of the sensitive person or prohibited logo that was found.

    Wire name: ``Name``.
    """

    area_coord_set: list[int] | None = None
    """Region where the person or logo appears, in pixels, as [x1, y1, x2, y2] (top-left and
    bottom-right corners).

    Unit: px.

    Wire name: ``AreaCoordSet``.
    """

    url: str | None = None
    """URL of the suspected image; it is not kept permanently and is deleted at
    PicUrlExpireTime.

    Wire name: ``Url``.
    """

    pic_url_expire_time: str | None = None
    """Time at which the suspected image URL expires, in ISO date format.

    Wire name: ``PicUrlExpireTime``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LiveStreamAiReviewImagePoliticalResult:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "StartPtsTime",
        "EndPtsTime",
        "Confidence",
        "Suggestion",
        "Label",
        "Name",
        "AreaCoordSet",
        "Url",
        "PicUrlExpireTime",
    }
)


def _structure(data: Any) -> LiveStreamAiReviewImagePoliticalResult:
    """Decode one ``LiveStreamAiReviewImagePoliticalResult`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveStreamAiReviewImagePoliticalResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("StartPtsTime")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("StartPtsTime", v)
    o.start_pts_time = v
    v = get("EndPtsTime")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("EndPtsTime", v)
    o.end_pts_time = v
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
    v = get("Label")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Label", "a string", v)
    o.label = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("AreaCoordSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("AreaCoordSet", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is int for x in v):
            _d.check_items("AreaCoordSet", v, "an integer", _d.is_int)
    o.area_coord_set = v
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


def _unstructure(o: LiveStreamAiReviewImagePoliticalResult) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.start_pts_time
    if v is not None:
        d["StartPtsTime"] = v
    v = o.end_pts_time
    if v is not None:
        d["EndPtsTime"] = v
    v = o.confidence
    if v is not None:
        d["Confidence"] = v
    v = o.suggestion
    if v is not None:
        d["Suggestion"] = v
    v = o.label
    if v is not None:
        d["Label"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.area_coord_set
    if v is not None:
        d["AreaCoordSet"] = list(v)
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
