# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiRecognitionTaskAsrWordsResultItem``."""

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
class AiRecognitionTaskAsrWordsResultItem(Model):
    """A keyword detected in the speech of the media, with the segments where it is spoken."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "word": "Word",
        "segment_set": "SegmentSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[AiRecognitionTaskAsrWordsSegmentItem",
    )

    word: str | None = None
    """The detected speech keyword.

    Wire name: ``Word``.
    """

    segment_set: list[models.AiRecognitionTaskAsrWordsSegmentItem] | None = None
    """Time segments in which the keyword is spoken.

    Wire name: ``SegmentSet``.
    """


_KNOWN = frozenset(AiRecognitionTaskAsrWordsResultItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiRecognitionTaskAsrWordsResultItem:
    """Decode one ``AiRecognitionTaskAsrWordsResultItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiRecognitionTaskAsrWordsResultItem)
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
        v = _d.objects("SegmentSet", v, _S["AiRecognitionTaskAsrWordsSegmentItem"])
    o.segment_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiRecognitionTaskAsrWordsResultItem, _structure)
