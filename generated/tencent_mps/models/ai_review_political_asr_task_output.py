# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiReviewPoliticalAsrTaskOutput``."""

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
class AiReviewPoliticalAsrTaskOutput(Model):
    """Result of a content moderation task that checks speech (ASR) text for politically sensitive
    content.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "confidence": "Confidence",
        "suggestion": "Suggestion",
        "segment_set": "SegmentSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "float",
        "str",
        "[MediaContentReviewAsrTextSegmentItem",
    )

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


_KNOWN = frozenset(AiReviewPoliticalAsrTaskOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiReviewPoliticalAsrTaskOutput:
    """Decode one ``AiReviewPoliticalAsrTaskOutput`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("SegmentSet", v, _S["MediaContentReviewAsrTextSegmentItem"])
    o.segment_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiReviewPoliticalAsrTaskOutput, _structure)
