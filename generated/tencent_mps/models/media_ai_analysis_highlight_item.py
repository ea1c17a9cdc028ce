# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaAiAnalysisHighlightItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaAiAnalysisHighlightItem(Model):
    """One highlight reel produced by intelligent highlight generation, with its cover and source
    segments.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "highlight_path": "HighlightPath",
        "cov_img_path": "CovImgPath",
        "confidence": "Confidence",
        "duration": "Duration",
        "segment_set": "SegmentSet",
        "highlight_url": "HighlightUrl",
        "cov_img_url": "CovImgUrl",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "float",
        "float",
        "[HighlightSegmentItem",
        "str",
        "str",
    )

    highlight_path: str | None = None
    """Storage path of the highlight video.

    Wire name: ``HighlightPath``.
    """

    cov_img_path: str | None = None
    """Storage path of the highlight cover image.

    Wire name: ``CovImgPath``.
    """

    confidence: float | None = None
    """Confidence of the highlight, from 0 to 100.

    Wire name: ``Confidence``.
    """

    duration: float | None = None
    """Length of the highlight video, in seconds.

    Unit: s.

    Wire name: ``Duration``.
    """

    segment_set: list[models.HighlightSegmentItem] | None = None
    """Sub-segments that make up the highlight.

    Wire name: ``SegmentSet``.
    """

    highlight_url: str | None = None
    """Accessible URL of the highlight video. May be null.

    Wire name: ``HighlightUrl``.
    """

    cov_img_url: str | None = None
    """Accessible URL of the highlight cover image. May be null.

    Wire name: ``CovImgUrl``.
    """


_KNOWN = frozenset(MediaAiAnalysisHighlightItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaAiAnalysisHighlightItem:
    """Decode one ``MediaAiAnalysisHighlightItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaAiAnalysisHighlightItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("HighlightPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("HighlightPath", "a string", v)
    o.highlight_path = v
    v = get("CovImgPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CovImgPath", "a string", v)
    o.cov_img_path = v
    v = get("Confidence")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Confidence", v)
    o.confidence = v
    v = get("Duration")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Duration", v)
    o.duration = v
    v = get("SegmentSet")
    if v is not None:
        n += 1
        v = _d.objects("SegmentSet", v, _S["HighlightSegmentItem"])
    o.segment_set = v
    v = get("HighlightUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("HighlightUrl", "a string", v)
    o.highlight_url = v
    v = get("CovImgUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CovImgUrl", "a string", v)
    o.cov_img_url = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MediaAiAnalysisHighlightItem, _structure)
