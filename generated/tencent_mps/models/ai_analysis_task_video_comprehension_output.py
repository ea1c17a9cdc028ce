# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiAnalysisTaskVideoComprehensionOutput``."""

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
class AiAnalysisTaskVideoComprehensionOutput(Model):
    """Output of a video (or audio) comprehension task, containing the generated analysis text and
    per-shot results.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "video_comprehension_analysis_result": "VideoComprehensionAnalysisResult",
        "video_comprehension_ext_info": "VideoComprehensionExtInfo",
        "video_comprehension_result_list": "VideoComprehensionResultList",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "[VideoComprehensionResultItem",
    )

    video_comprehension_analysis_result: str | None = None
    """Detailed text produced by understanding the video or audio content.

    Wire name: ``VideoComprehensionAnalysisResult``.
    """

    video_comprehension_ext_info: str | None = None
    """Extended information about the comprehension result, as a JSON string (for example the
    model's reasoning content).

    Wire name: ``VideoComprehensionExtInfo``.
    """

    video_comprehension_result_list: list[models.VideoComprehensionResultItem] | None = None
    """Comprehension results for individual shots (storyboard segments) of the video.

    Wire name: ``VideoComprehensionResultList``.
    """


_KNOWN = frozenset(AiAnalysisTaskVideoComprehensionOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiAnalysisTaskVideoComprehensionOutput:
    """Decode one ``AiAnalysisTaskVideoComprehensionOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiAnalysisTaskVideoComprehensionOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("VideoComprehensionAnalysisResult")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoComprehensionAnalysisResult", "a string", v)
    o.video_comprehension_analysis_result = v
    v = get("VideoComprehensionExtInfo")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoComprehensionExtInfo", "a string", v)
    o.video_comprehension_ext_info = v
    v = get("VideoComprehensionResultList")
    if v is not None:
        n += 1
        v = _d.objects("VideoComprehensionResultList", v, _S["VideoComprehensionResultItem"])
    o.video_comprehension_result_list = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiAnalysisTaskVideoComprehensionOutput, _structure)
