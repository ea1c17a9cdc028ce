# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiReviewPoliticalTaskOutput``."""

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
class AiReviewPoliticalTaskOutput(Model):
    """Result of a content moderation task that checks video frames for politically sensitive
    content.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "confidence": "Confidence",
        "suggestion": "Suggestion",
        "label": "Label",
        "segment_set": "SegmentSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "float",
        "str",
        "str",
        "[MediaContentReviewPoliticalSegmentItem",
    )

    confidence: float | None = None
    """Confidence score for politically sensitive content in the video, from 0 to 100.

    Wire name: ``Confidence``.
    """

    suggestion: str | None = None
    """Recommended action based on the check for politically sensitive content in the video.

    Known values (:class:`tencent_mps.enums.ReviewSuggestion`); others may appear:
    ``pass``: No violation found; content can be passed.
    ``review``: Suspected violation; manual review recommended.
    ``block``: Violation confirmed; content should be blocked.

    Wire name: ``Suggestion``.
    """

    label: str | None = None
    """Label of the detected sensitive content. violation_photo corresponds to the
    violation_photo label set in the template; all other label sets (politician,
    entertainment, sport, entrepreneur, scholar, celebrity, military) map to politician.

    Known values (:class:`tencent_mps.enums.AiReviewPoliticalTaskOutputLabel`); others may appear:
    ``violation_photo``: Violating icon or image
    ``politician``: Sensitive person

    Wire name: ``Label``.
    """

    segment_set: list[models.MediaContentReviewPoliticalSegmentItem] | None = None
    """Video segments suspected of containing politically sensitive content in the video.

    Wire name: ``SegmentSet``.
    """


_KNOWN = frozenset(AiReviewPoliticalTaskOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiReviewPoliticalTaskOutput:
    """Decode one ``AiReviewPoliticalTaskOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiReviewPoliticalTaskOutput)
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
    v = get("Label")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Label", "a string", v)
    o.label = v
    v = get("SegmentSet")
    if v is not None:
        n += 1
        v = _d.objects("SegmentSet", v, _S["MediaContentReviewPoliticalSegmentItem"])
    o.segment_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiReviewPoliticalTaskOutput, _structure)
