# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamAiAnalysisResultItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveStreamAiAnalysisResultItem(Model):
    """One AI analysis result of a live stream: splitting, highlights or summary, selected by Type."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "segment_result_set": "SegmentResultSet",
        "highlight_result_set": "HighlightResultSet",
        "description_result": "DescriptionResult",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[SegmentRecognitionItem",
        "[MediaAiAnalysisHighlightItem",
        "LiveAiAnalysisDescriptionItem",
    )

    type: str | None = None
    """Kind of analysis result, which decides which result field is filled.

    Known values (:class:`tencent_mps.enums.LiveStreamAiAnalysisResultItemType`); others may appear:
    ``SegmentRecognition``: live stream splitting
    ``Highlight``: highlight reel
    ``Description``: summary

    Wire name: ``Type``.
    """

    segment_result_set: list[models.SegmentRecognitionItem] | None = None
    """Splitting results; valid only when Type is SegmentRecognition. May be null if
    unavailable.

    Wire name: ``SegmentResultSet``.
    """

    highlight_result_set: list[models.MediaAiAnalysisHighlightItem] | None = None
    """Highlight results; valid only when Type is Highlight. May be null if unavailable.

    Wire name: ``HighlightResultSet``.
    """

    description_result: models.LiveAiAnalysisDescriptionItem | None = None
    """Summary result; valid only when Type is Description.

    Wire name: ``DescriptionResult``.
    """


_KNOWN = frozenset(LiveStreamAiAnalysisResultItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveStreamAiAnalysisResultItem:
    """Decode one ``LiveStreamAiAnalysisResultItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveStreamAiAnalysisResultItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("SegmentResultSet")
    if v is not None:
        n += 1
        v = _d.objects("SegmentResultSet", v, _S["SegmentRecognitionItem"])
    o.segment_result_set = v
    v = get("HighlightResultSet")
    if v is not None:
        n += 1
        v = _d.objects("HighlightResultSet", v, _S["MediaAiAnalysisHighlightItem"])
    o.highlight_result_set = v
    v = get("DescriptionResult")
    if v is not None:
        n += 1
        try:
            v = _S["LiveAiAnalysisDescriptionItem"](v)
        except DecodeError as e:
            raise e.with_prefix("DescriptionResult") from None
    o.description_result = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveStreamAiAnalysisResultItem, _structure)
