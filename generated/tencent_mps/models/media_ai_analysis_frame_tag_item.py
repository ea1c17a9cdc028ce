# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaAiAnalysisFrameTagItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaAiAnalysisFrameTagItem(Model):
    """A single frame-level tag produced by AI content analysis, with its category hierarchy and
    confidence.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "tag": "Tag",
        "category_set": "CategorySet",
        "confidence": "Confidence",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[str",
        "float",
    )

    tag: str | None = None
    """Name of the frame tag.

    Wire name: ``Tag``.
    """

    category_set: list[str] | None = None
    """Category hierarchy of the tag, where element N is the level N+1 category; for example a
    tower tag may have categories scene then building.

    Wire name: ``CategorySet``.
    """

    confidence: float | None = None
    """Confidence of the frame tag, from 0 to 100.

    Wire name: ``Confidence``.
    """


_KNOWN = frozenset(MediaAiAnalysisFrameTagItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaAiAnalysisFrameTagItem:
    """Decode one ``MediaAiAnalysisFrameTagItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaAiAnalysisFrameTagItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Tag")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Tag", "a string", v)
    o.tag = v
    v = get("CategorySet")
    if v is not None:
        n += 1
        v = _d.str_list("CategorySet", v)
    o.category_set = v
    v = get("Confidence")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Confidence", v)
    o.confidence = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MediaAiAnalysisFrameTagItem, _structure)
