# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiAnalysisTaskClassificationOutput``."""

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
class AiAnalysisTaskClassificationOutput(Model):
    """Output of an intelligent video classification task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "classification_set": "ClassificationSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("[MediaAiAnalysisClassificationItem",)

    classification_set: list[models.MediaAiAnalysisClassificationItem] | None = None
    """List of categories assigned to the video.

    Wire name: ``ClassificationSet``.
    """


_KNOWN = frozenset(AiAnalysisTaskClassificationOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiAnalysisTaskClassificationOutput:
    """Decode one ``AiAnalysisTaskClassificationOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiAnalysisTaskClassificationOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ClassificationSet")
    if v is not None:
        n += 1
        v = _d.objects("ClassificationSet", v, _S["MediaAiAnalysisClassificationItem"])
    o.classification_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiAnalysisTaskClassificationOutput, _structure)
