# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LLMDetectionResultItem``."""

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
class LLMDetectionResultItem(Model):
    """One check result from large-model based quality inspection of AI-generated (AIGC) video,
    with score, confidence and any issues found.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "category": "Category",
        "group": "Group",
        "type": "Type",
        "score": "Score",
        "confidence": "Confidence",
        "issue_set": "IssueSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "float",
        "float",
        "[LLMDetectionIssue",
    )

    category: str | None = None
    """Detection category.

    Known values (:class:`tencent_mps.enums.LLMDetectionResultItemCategory`); others may appear:
    ``AIGCQualityCharacteristics``: AIGC quality characteristics

    Wire name: ``Category``.
    """

    group: str | None = None
    """Detection group within the category.

    Known values (:class:`tencent_mps.enums.LLMDetectionResultItemGroup`); others may appear:
    ``AIGCAuthenticity``: AIGC realism, covering human body plausibility, physical plausibility and cross-frame consistency
    ``AIGCTechQuality``: AIGC technical quality, covering aspect ratio, black borders, forced portrait framing and similar

    Wire name: ``Group``.
    """

    type: str | None = None
    """Name of the specific check performed.

    Known values (:class:`tencent_mps.enums.LLMDetectionResultItemType`); others may appear:
    ``BodyPoseCheck``: Plausibility of human poses (AIGCAuthenticity)
    ``BodyDetailCheck``: Plausibility of body details such as finger count and facial symmetry (AIGCAuthenticity)
    ``PhysicRulesCheck``: Consistency with physics such as perspective, lighting and gravity (AIGCAuthenticity)
    ``ObjectConsistencyCheck``: Consistency of objects across frames (AIGCAuthenticity)
    ``FormatCheck``: Format problems such as aspect ratio, black borders or forced portrait framing (AIGCTechQuality)

    Wire name: ``Type``.
    """

    score: float | None = None
    """Overall quality score from 0 to 100; higher is better.

    Wire name: ``Score``.
    """

    confidence: float | None = None
    """Confidence of the judgment from 0 to 100; higher means more certain.

    Wire name: ``Confidence``.
    """

    issue_set: list[models.LLMDetectionIssue] | None = None
    """Problems found by the check; empty when no issue is detected.

    Wire name: ``IssueSet``.
    """


_KNOWN = frozenset(LLMDetectionResultItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LLMDetectionResultItem:
    """Decode one ``LLMDetectionResultItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LLMDetectionResultItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Category")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Category", "a string", v)
    o.category = v
    v = get("Group")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Group", "a string", v)
    o.group = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Score")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Score", v)
    o.score = v
    v = get("Confidence")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Confidence", v)
    o.confidence = v
    v = get("IssueSet")
    if v is not None:
        n += 1
        v = _d.objects("IssueSet", v, _S["LLMDetectionIssue"])
    o.issue_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LLMDetectionResultItem, _structure)
