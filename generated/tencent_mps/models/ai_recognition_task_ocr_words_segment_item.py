# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiRecognitionTaskOcrWordsSegmentItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiRecognitionTaskOcrWordsSegmentItem(Model):
    """A time segment in which a keyword was detected by on-screen text recognition (OCR), with its
    confidence and position.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
        "confidence": "Confidence",
        "area_coord_set": "AreaCoordSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "float",
        "float",
        "float",
        "[int",
    )

    start_time_offset: float | None = None
    """Start offset of the recognized segment, in seconds.

    Unit: s.

    Wire name: ``StartTimeOffset``.
    """

    end_time_offset: float | None = None
    """End offset of the recognized segment, in seconds.

    Unit: s.

    Wire name: ``EndTimeOffset``.
    """

    confidence: float | None = None
    """Confidence of the recognized segment, from 0 to 100.

    Wire name: ``Confidence``.
    """

    area_coord_set: list[int] | None = None
    """Bounding box of the text as four values [x1, y1, x2, y2]: the top-left and bottom-right
    corner coordinates.

    Unit: px.

    Wire name: ``AreaCoordSet``.
    """


_KNOWN = frozenset(AiRecognitionTaskOcrWordsSegmentItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiRecognitionTaskOcrWordsSegmentItem:
    """Decode one ``AiRecognitionTaskOcrWordsSegmentItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiRecognitionTaskOcrWordsSegmentItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("StartTimeOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("StartTimeOffset", v)
    o.start_time_offset = v
    v = get("EndTimeOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("EndTimeOffset", v)
    o.end_time_offset = v
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiRecognitionTaskOcrWordsSegmentItem, _structure)
