# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiRecognitionTaskAsrWordsResultOutput``."""

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
class AiRecognitionTaskAsrWordsResultOutput(Model):
    """Output of a speech keyword recognition task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "result_set": "ResultSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("[AiRecognitionTaskAsrWordsResultItem",)

    result_set: list[models.AiRecognitionTaskAsrWordsResultItem] | None = None
    """List of keywords recognized in the speech.

    Wire name: ``ResultSet``.
    """


_KNOWN = frozenset(AiRecognitionTaskAsrWordsResultOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiRecognitionTaskAsrWordsResultOutput:
    """Decode one ``AiRecognitionTaskAsrWordsResultOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiRecognitionTaskAsrWordsResultOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ResultSet")
    if v is not None:
        n += 1
        v = _d.objects("ResultSet", v, _S["AiRecognitionTaskAsrWordsResultItem"])
    o.result_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiRecognitionTaskAsrWordsResultOutput, _structure)
