# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaAiAnalysisHighlightItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaAiAnalysisHighlightItem:
    """One highlight reel produced by intelligent highlight generation, with its cover and source
    segments.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MediaAiAnalysisHighlightItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "HighlightPath",
        "CovImgPath",
        "Confidence",
        "Duration",
        "SegmentSet",
        "HighlightUrl",
        "CovImgUrl",
    }
)


def _structure(data: Any) -> MediaAiAnalysisHighlightItem:
    """Decode one ``MediaAiAnalysisHighlightItem`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("SegmentSet", "an array", v)
        if v:
            f = _S["HighlightSegmentItem"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("SegmentSet", v, f) from None
        else:
            v = []
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


def _unstructure(o: MediaAiAnalysisHighlightItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.highlight_path
    if v is not None:
        d["HighlightPath"] = v
    v = o.cov_img_path
    if v is not None:
        d["CovImgPath"] = v
    v = o.confidence
    if v is not None:
        d["Confidence"] = v
    v = o.duration
    if v is not None:
        d["Duration"] = v
    v = o.segment_set
    if v is not None:
        d["SegmentSet"] = [_d.wire(x) for x in v]
    v = o.highlight_url
    if v is not None:
        d["HighlightUrl"] = v
    v = o.cov_img_url
    if v is not None:
        d["CovImgUrl"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
