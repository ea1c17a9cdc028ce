# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TerrorismImgReviewTemplateInfoForUpdate`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TerrorismImgReviewTemplateInfoForUpdate(Model):
    """Changes to the frame terrorism-content check when modifying a moderation template."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "label_set": "LabelSet",
        "block_confidence": "BlockConfidence",
        "review_confidence": "ReviewConfidence",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[str",
        "int",
        "int",
    )

    switch: str | None = None
    """New on/off state of the frame terrorism-content check task.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enable frame terrorism-content check
    ``OFF``: disable frame terrorism-content check

    Wire name: ``Switch``.
    """

    label_set: list[str] | None = None
    """New filter labels: results are returned only when they carry a selected label; all
    results are returned when empty.

    Known values (:class:`tencent_mps.enums.LiveStreamAiReviewImageTerrorismResultLabel`); others may appear:
    ``guns``: weapons and guns
    ``crowd``: crowd gatherings
    ``bloody``: bloody or gory scenes
    ``police``: police and armed forces
    ``banners``: sensitive flags and banners
    ``militant``: armed militants
    ``explosion``: explosions and fires
    ``terrorists``: sensitive persons such as terrorists

    Wire name: ``LabelSet``.
    """

    block_confidence: int | None = None
    """Score threshold, 0-100, at or above which the content is judged a likely violation.

    Wire name: ``BlockConfidence``.
    """

    review_confidence: int | None = None
    """Score threshold, 0-100, at or above which the content is flagged for human review.

    Wire name: ``ReviewConfidence``.
    """


_KNOWN = frozenset(TerrorismImgReviewTemplateInfoForUpdate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TerrorismImgReviewTemplateInfoForUpdate:
    """Decode one ``TerrorismImgReviewTemplateInfoForUpdate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TerrorismImgReviewTemplateInfoForUpdate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("LabelSet")
    if v is not None:
        n += 1
        v = _d.str_list("LabelSet", v)
    o.label_set = v
    v = get("BlockConfidence")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("BlockConfidence", "an integer", v)
    o.block_confidence = v
    v = get("ReviewConfidence")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ReviewConfidence", "an integer", v)
    o.review_confidence = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(TerrorismImgReviewTemplateInfoForUpdate, _structure)
