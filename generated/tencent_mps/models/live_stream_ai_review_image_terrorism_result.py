# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamAiReviewImageTerrorismResult``."""

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
class LiveStreamAiReviewImageTerrorismResult(Model):
    """A live stream segment flagged by image review for sensitive content such as weapons,
    violence or extremism.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "start_pts_time": "StartPtsTime",
        "end_pts_time": "EndPtsTime",
        "confidence": "Confidence",
        "suggestion": "Suggestion",
        "label": "Label",
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
    """Label of the sensitive content found.

    Known values (:class:`tencent_mps.enums.LiveStreamAiReviewImageTerrorismResultLabel`); others may appear:
    ``guns``: weapons and guns
    ``crowd``: crowd gathering
    ``police``: police or armed forces
    ``bloody``: bloody scenes
    ``banners``: sensitive flags or banners
    ``militant``: militants
    ``explosion``: explosions and fires
    ``terrorists``: sensitive persons

    Wire name: ``Label``.
    """

    url: str | None = None
    """URL of the suspected image; it is not kept permanently and is deleted at
    PicUrlExpireTime.

    Wire name: ``Url``.
    """

    pic_url_expire_time: datetime | None = None
    """Time at which the suspected image URL expires, in ISO date format.

    Wire name: ``PicUrlExpireTime``.
    """


_KNOWN = frozenset(LiveStreamAiReviewImageTerrorismResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveStreamAiReviewImageTerrorismResult:
    """Decode one ``LiveStreamAiReviewImageTerrorismResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveStreamAiReviewImageTerrorismResult)
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


bind(LiveStreamAiReviewImageTerrorismResult, _structure)
