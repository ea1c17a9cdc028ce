# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiAnalysisTaskHighlightOutput``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiAnalysisTaskHighlightOutput(Model):
    """Output of an intelligent highlight extraction task, listing the highlight clips and their
    storage.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "highlight_set": "HighlightSet",
        "output_storage": "OutputStorage",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[MediaAiAnalysisHighlightItem",
        "TaskOutputStorage",
    )

    highlight_set: list[models.MediaAiAnalysisHighlightItem] | None = None
    """List of highlight clips extracted from the video.

    Wire name: ``HighlightSet``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Storage location of the highlight clips. May be null.

    Wire name: ``OutputStorage``.
    """


_KNOWN = frozenset(AiAnalysisTaskHighlightOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiAnalysisTaskHighlightOutput:
    """Decode one ``AiAnalysisTaskHighlightOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiAnalysisTaskHighlightOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("HighlightSet")
    if v is not None:
        n += 1
        v = _d.objects("HighlightSet", v, _S["MediaAiAnalysisHighlightItem"])
    o.highlight_set = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiAnalysisTaskHighlightOutput, _structure)
