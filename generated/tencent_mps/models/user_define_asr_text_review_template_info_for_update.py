# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``UserDefineAsrTextReviewTemplateInfoForUpdate`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class UserDefineAsrTextReviewTemplateInfoForUpdate(Model):
    """Changes to the custom speech moderation settings when modifying a moderation template."""

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
    """New on/off state of the custom speech moderation task.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enable custom speech moderation
    ``OFF``: disable custom speech moderation

    Wire name: ``Switch``.
    """

    label_set: list[str] | None = None
    """New custom filter labels: results are returned only when they carry a selected label,
    and all results are returned when empty. To filter by label, add the labels to custom
    speech keyword materials. At most 10 labels, each at most 16 characters.

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


_KNOWN = frozenset(UserDefineAsrTextReviewTemplateInfoForUpdate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> UserDefineAsrTextReviewTemplateInfoForUpdate:
    """Decode one ``UserDefineAsrTextReviewTemplateInfoForUpdate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(UserDefineAsrTextReviewTemplateInfoForUpdate)
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


bind(UserDefineAsrTextReviewTemplateInfoForUpdate, _structure)
