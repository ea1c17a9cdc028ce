# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LLMDetectionResultItem``: the model and its codecs."""

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
class LLMDetectionResultItem:
    """One check result from large-model based quality inspection of AI-generated (AIGC) video,
    with score, confidence and any issues found.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "category": "Category",
        "group": "Group",
        "type": "Type",
        "score": "Score",
        "confidence": "Confidence",
        "issue_set": "IssueSet",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LLMDetectionResultItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Category",
        "Group",
        "Type",
        "Score",
        "Confidence",
        "IssueSet",
    }
)


def _structure(data: Any) -> LLMDetectionResultItem:
    """Decode one ``LLMDetectionResultItem`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("IssueSet", "an array", v)
        if v:
            f = _S["LLMDetectionIssue"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("IssueSet", v, f) from None
        else:
            v = []
    o.issue_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: LLMDetectionResultItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.category
    if v is not None:
        d["Category"] = v
    v = o.group
    if v is not None:
        d["Group"] = v
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.score
    if v is not None:
        d["Score"] = v
    v = o.confidence
    if v is not None:
        d["Confidence"] = v
    v = o.issue_set
    if v is not None:
        d["IssueSet"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
