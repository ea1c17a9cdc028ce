# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiRecognitionTaskOcrFullTextSegmentTextItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiRecognitionTaskOcrFullTextSegmentTextItem(Model):
    """One piece of text found by full-text OCR in a segment, with its position and confidence."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "confidence": "Confidence",
        "area_coord_set": "AreaCoordSet",
        "text": "Text",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "float",
        "[int",
        "str",
    )

    confidence: float | None = None
    """Confidence of the recognized text, from 0 to 100.

    Wire name: ``Confidence``.
    """

    area_coord_set: list[int] | None = None
    """Bounding box of the text as four values [x1, y1, x2, y2]: the top-left and bottom-right
    corner coordinates.

    Unit: px.

    Wire name: ``AreaCoordSet``.
    """

    text: str | None = None
    """The recognized text.

    Wire name: ``Text``.
    """


_KNOWN = frozenset(AiRecognitionTaskOcrFullTextSegmentTextItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiRecognitionTaskOcrFullTextSegmentTextItem:
    """Decode one ``AiRecognitionTaskOcrFullTextSegmentTextItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiRecognitionTaskOcrFullTextSegmentTextItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Confidence")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Confidence", v)
    o.confidence = v
    v = get("AreaCoordSet")
    if v is not None:
        n += 1
        v = _d.int_list("AreaCoordSet", v)
    o.area_coord_set = v
    v = get("Text")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Text", "a string", v)
    o.text = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiRecognitionTaskOcrFullTextSegmentTextItem, _structure)
