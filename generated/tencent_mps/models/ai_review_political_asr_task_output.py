# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiReviewPoliticalAsrTaskOutput``: the model and its codecs."""

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
class AiReviewPoliticalAsrTaskOutput:
    """Result of a content moderation task that checks speech (ASR) text for politically sensitive
    content.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "confidence": "Confidence",
        "suggestion": "Suggestion",
        "segment_set": "SegmentSet",
    }
    """Attribute name -> wire name, for every field."""

    confidence: float | None = None
    """Confidence score for sensitive content in speech text, from 0 to 100.

    Wire name: ``Confidence``.
    """

    suggestion: str | None = None
    """Recommended action based on the check for sensitive content in speech text.

    Known values (:class:`tencent_mps.enums.ReviewSuggestion`); others may appear:
    ``pass``: No violation found; content can be passed.
    ``review``: Suspected violation; manual review recommended.
    ``block``: Violation confirmed; content should be blocked.

    Wire name: ``Suggestion``.
    """

    segment_set: list[models.MediaContentReviewAsrTextSegmentItem] | None = None
    """Video segments suspected of containing sensitive content in speech text.

    Wire name: ``SegmentSet``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiReviewPoliticalAsrTaskOutput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Confidence",
        "Suggestion",
        "SegmentSet",
    }
)


def _structure(data: Any) -> AiReviewPoliticalAsrTaskOutput:
    """Decode one ``AiReviewPoliticalAsrTaskOutput`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiReviewPoliticalAsrTaskOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
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
    v = get("SegmentSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("SegmentSet", "an array", v)
        if v:
            f = _S["MediaContentReviewAsrTextSegmentItem"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("SegmentSet", v, f) from None
        else:
            v = []
    o.segment_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AiReviewPoliticalAsrTaskOutput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.confidence
    if v is not None:
        d["Confidence"] = v
    v = o.suggestion
    if v is not None:
        d["Suggestion"] = v
    v = o.segment_set
    if v is not None:
        d["SegmentSet"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
