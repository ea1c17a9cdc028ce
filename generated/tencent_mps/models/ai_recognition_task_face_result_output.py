# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiRecognitionTaskFaceResultOutput``."""

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
class AiRecognitionTaskFaceResultOutput(Model):
    """Output of a face recognition task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "result_set": "ResultSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("[AiRecognitionTaskFaceResultItem",)

    result_set: list[models.AiRecognitionTaskFaceResultItem] | None = None
    """List of recognized faces and their occurrences.

    Wire name: ``ResultSet``.
    """


_KNOWN = frozenset(AiRecognitionTaskFaceResultOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiRecognitionTaskFaceResultOutput:
    """Decode one ``AiRecognitionTaskFaceResultOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiRecognitionTaskFaceResultOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ResultSet")
    if v is not None:
        n += 1
        v = _d.objects("ResultSet", v, _S["AiRecognitionTaskFaceResultItem"])
    o.result_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiRecognitionTaskFaceResultOutput, _structure)
