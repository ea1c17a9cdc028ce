# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiRecognitionTaskOcrFullTextResultOutput``."""

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
class AiRecognitionTaskOcrFullTextResultOutput(Model):
    """Output of a full-text on-screen text recognition task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "segment_set": "SegmentSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("[AiRecognitionTaskOcrFullTextSegmentItem",)

    segment_set: list[models.AiRecognitionTaskOcrFullTextSegmentItem] | None = None
    """List of segments with the on-screen text recognized in them.

    Wire name: ``SegmentSet``.
    """


_KNOWN = frozenset(AiRecognitionTaskOcrFullTextResultOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiRecognitionTaskOcrFullTextResultOutput:
    """Decode one ``AiRecognitionTaskOcrFullTextResultOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiRecognitionTaskOcrFullTextResultOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SegmentSet")
    if v is not None:
        n += 1
        v = _d.objects("SegmentSet", v, _S["AiRecognitionTaskOcrFullTextSegmentItem"])
    o.segment_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiRecognitionTaskOcrFullTextResultOutput, _structure)
