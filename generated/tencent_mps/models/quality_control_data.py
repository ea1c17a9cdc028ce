# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``QualityControlData``."""

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
class QualityControlData(Model):
    """Detailed findings of a media quality control check, including track presence, quality scores
    and detected anomalies.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "no_audio": "NoAudio",
        "no_video": "NoVideo",
        "quality_evaluation_score": "QualityEvaluationScore",
        "quality_evaluation_mean_opinion_score": "QualityEvaluationMeanOpinionScore",
        "aesthetic_evaluation_score": "AestheticEvaluationScore",
        "quality_control_result_set": "QualityControlResultSet",
        "container_diagnose_result_set": "ContainerDiagnoseResultSet",
        "llm_detection_report": "LLMDetectionReport",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "bool",
        "bool",
        "int",
        "float",
        "int",
        "[QualityControlResult",
        "[ContainerDiagnoseResultItem",
        "LLMDetectionReport",
    )

    no_audio: bool | None = None
    """True when the media contains no audio track.

    Wire name: ``NoAudio``.
    """

    no_video: bool | None = None
    """True when the media contains no video track.

    Wire name: ``NoVideo``.
    """

    quality_evaluation_score: int | None = None
    """No-reference video quality score on a 0 to 100 scale.

    Unit: %.

    Wire name: ``QualityEvaluationScore``.
    """

    quality_evaluation_mean_opinion_score: float | None = None
    """No-reference video quality expressed as a Mean Opinion Score (MOS), for example 4.75.

    Wire name: ``QualityEvaluationMeanOpinionScore``.
    """

    aesthetic_evaluation_score: int | None = None
    """Aesthetic quality score of the video, ranging from 0 to 100.

    Wire name: ``AestheticEvaluationScore``.
    """

    quality_control_result_set: list[models.QualityControlResult] | None = None
    """List of anomalies found by the content quality inspection.

    Wire name: ``QualityControlResultSet``.
    """

    container_diagnose_result_set: list[models.ContainerDiagnoseResultItem] | None = None
    """List of anomalies found by the container format diagnosis.

    Wire name: ``ContainerDiagnoseResultSet``.
    """

    llm_detection_report: models.LLMDetectionReport | None = None
    """Report from the large language model based quality check of AI-generated (AIGC) content.

    Wire name: ``LLMDetectionReport``.
    """


_KNOWN = frozenset(QualityControlData.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> QualityControlData:
    """Decode one ``QualityControlData`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(QualityControlData)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("NoAudio")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("NoAudio", "a boolean", v)
    o.no_audio = v
    v = get("NoVideo")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("NoVideo", "a boolean", v)
    o.no_video = v
    v = get("QualityEvaluationScore")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("QualityEvaluationScore", "an integer", v)
    o.quality_evaluation_score = v
    v = get("QualityEvaluationMeanOpinionScore")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("QualityEvaluationMeanOpinionScore", v)
    o.quality_evaluation_mean_opinion_score = v
    v = get("AestheticEvaluationScore")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("AestheticEvaluationScore", "an integer", v)
    o.aesthetic_evaluation_score = v
    v = get("QualityControlResultSet")
    if v is not None:
        n += 1
        v = _d.objects("QualityControlResultSet", v, _S["QualityControlResult"])
    o.quality_control_result_set = v
    v = get("ContainerDiagnoseResultSet")
    if v is not None:
        n += 1
        v = _d.objects("ContainerDiagnoseResultSet", v, _S["ContainerDiagnoseResultItem"])
    o.container_diagnose_result_set = v
    v = get("LLMDetectionReport")
    if v is not None:
        n += 1
        try:
            v = _S["LLMDetectionReport"](v)
        except DecodeError as e:
            raise e.with_prefix("LLMDetectionReport") from None
    o.llm_detection_report = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(QualityControlData, _structure)
