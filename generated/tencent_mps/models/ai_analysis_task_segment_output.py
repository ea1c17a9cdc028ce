# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiAnalysisTaskSegmentOutput``."""

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
class AiAnalysisTaskSegmentOutput(Model):
    """Output of an intelligent video splitting task, containing the resulting sub-clips and an
    optional summary.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "segment_set": "SegmentSet",
        "abstract": "Abstract",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[SegmentRecognitionItem",
        "str",
    )

    segment_set: list[models.SegmentRecognitionItem] | None = None
    """List of sub-clips produced by splitting the video.

    Wire name: ``SegmentSet``.
    """

    abstract: str | None = None
    """Summary of the video content, used in offline scenarios. May be null.

    Wire name: ``Abstract``.
    """


_KNOWN = frozenset(AiAnalysisTaskSegmentOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiAnalysisTaskSegmentOutput:
    """Decode one ``AiAnalysisTaskSegmentOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiAnalysisTaskSegmentOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SegmentSet")
    if v is not None:
        n += 1
        v = _d.objects("SegmentSet", v, _S["SegmentRecognitionItem"])
    o.segment_set = v
    v = get("Abstract")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Abstract", "a string", v)
    o.abstract = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiAnalysisTaskSegmentOutput, _structure)
