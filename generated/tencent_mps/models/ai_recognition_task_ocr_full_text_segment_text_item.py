# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiRecognitionTaskOcrFullTextSegmentTextItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiRecognitionTaskOcrFullTextSegmentTextItem:
    """One piece of text found by full-text OCR in a segment, with its position and confidence.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "confidence": "Confidence",
        "area_coord_set": "AreaCoordSet",
        "text": "Text",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiRecognitionTaskOcrFullTextSegmentTextItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Confidence",
        "AreaCoordSet",
        "Text",
    }
)


def _structure(data: Any) -> AiRecognitionTaskOcrFullTextSegmentTextItem:
    """Decode one ``AiRecognitionTaskOcrFullTextSegmentTextItem`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("AreaCoordSet", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is int for x in v):
            _d.check_items("AreaCoordSet", v, "an integer", _d.is_int)
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


def _unstructure(o: AiRecognitionTaskOcrFullTextSegmentTextItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.confidence
    if v is not None:
        d["Confidence"] = v
    v = o.area_coord_set
    if v is not None:
        d["AreaCoordSet"] = list(v)
    v = o.text
    if v is not None:
        d["Text"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
