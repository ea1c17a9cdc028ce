# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiRecognitionTaskOcrWordsResultItem``."""

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
class AiRecognitionTaskOcrWordsResultItem(Model):
    """A keyword detected in on-screen text via OCR, with the segments where it appears."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "word": "Word",
        "segment_set": "SegmentSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[AiRecognitionTaskOcrWordsSegmentItem",
    )

    word: str | None = None
    """The detected text keyword.

    Wire name: ``Word``.
    """

    segment_set: list[models.AiRecognitionTaskOcrWordsSegmentItem] | None = None
    """Segments in which the text keyword appears.

    Wire name: ``SegmentSet``.
    """


_KNOWN = frozenset(AiRecognitionTaskOcrWordsResultItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiRecognitionTaskOcrWordsResultItem:
    """Decode one ``AiRecognitionTaskOcrWordsResultItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiRecognitionTaskOcrWordsResultItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Word")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Word", "a string", v)
    o.word = v
    v = get("SegmentSet")
    if v is not None:
        n += 1
        v = _d.objects("SegmentSet", v, _S["AiRecognitionTaskOcrWordsSegmentItem"])
    o.segment_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiRecognitionTaskOcrWordsResultItem, _structure)
