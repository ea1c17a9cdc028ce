# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamAiAnalysisResultItem``: the model and its codecs."""

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
class LiveStreamAiAnalysisResultItem:
    """One AI analysis result of a live stream: splitting, highlights or summary, selected by Type.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "segment_result_set": "SegmentResultSet",
        "highlight_result_set": "HighlightResultSet",
        "description_result": "DescriptionResult",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LiveStreamAiAnalysisResultItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "SegmentResultSet",
        "HighlightResultSet",
        "DescriptionResult",
    }
)


def _structure(data: Any) -> LiveStreamAiAnalysisResultItem:
    """Decode one ``LiveStreamAiAnalysisResultItem`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("SegmentResultSet", "an array", v)
        if v:
            f = _S["SegmentRecognitionItem"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("SegmentResultSet", v, f) from None
        else:
            v = []
    o.segment_result_set = v
    v = get("HighlightResultSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("HighlightResultSet", "an array", v)
        if v:
            f = _S["MediaAiAnalysisHighlightItem"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("HighlightResultSet", v, f) from None
        else:
            v = []
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


def _unstructure(o: LiveStreamAiAnalysisResultItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.segment_result_set
    if v is not None:
        d["SegmentResultSet"] = [_d.wire(x) for x in v]
    v = o.highlight_result_set
    if v is not None:
        d["HighlightResultSet"] = [_d.wire(x) for x in v]
    v = o.description_result
    if v is not None:
        d["DescriptionResult"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
