# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiAnalysisTaskDescriptionOutput``."""

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
class AiAnalysisTaskDescriptionOutput(Model):
    """Output of an intelligent video description task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "description_set": "DescriptionSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("[MediaAiAnalysisDescriptionItem",)

    description_set: list[models.MediaAiAnalysisDescriptionItem] | None = None
    """List of generated descriptions of the video.

    Wire name: ``DescriptionSet``.
    """


_KNOWN = frozenset(AiAnalysisTaskDescriptionOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiAnalysisTaskDescriptionOutput:
    """Decode one ``AiAnalysisTaskDescriptionOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiAnalysisTaskDescriptionOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("DescriptionSet")
    if v is not None:
        n += 1
        v = _d.objects("DescriptionSet", v, _S["MediaAiAnalysisDescriptionItem"])
    o.description_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiAnalysisTaskDescriptionOutput, _structure)
