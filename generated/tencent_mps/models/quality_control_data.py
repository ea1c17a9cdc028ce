# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``QualityControlData``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class QualityControlData:
    """Detailed findings of a media quality control check, including track presence, quality scores
    and detected anomalies.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QualityControlData:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "NoAudio",
        "NoVideo",
        "QualityEvaluationScore",
        "QualityEvaluationMeanOpinionScore",
        "AestheticEvaluationScore",
        "QualityControlResultSet",
        "ContainerDiagnoseResultSet",
        "LLMDetectionReport",
    }
)


def _structure(data: Any) -> QualityControlData:
    """Decode one ``QualityControlData`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("QualityControlResultSet", "an array", v)
        if v:
            f = _S["QualityControlResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("QualityControlResultSet", v, f) from None
        else:
            v = []
    o.quality_control_result_set = v
    v = get("ContainerDiagnoseResultSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ContainerDiagnoseResultSet", "an array", v)
        if v:
            f = _S["ContainerDiagnoseResultItem"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("ContainerDiagnoseResultSet", v, f) from None
        else:
            v = []
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


def _unstructure(o: QualityControlData) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.no_audio
    if v is not None:
        d["NoAudio"] = v
    v = o.no_video
    if v is not None:
        d["NoVideo"] = v
    v = o.quality_evaluation_score
    if v is not None:
        d["QualityEvaluationScore"] = v
    v = o.quality_evaluation_mean_opinion_score
    if v is not None:
        d["QualityEvaluationMeanOpinionScore"] = v
    v = o.aesthetic_evaluation_score
    if v is not None:
        d["AestheticEvaluationScore"] = v
    v = o.quality_control_result_set
    if v is not None:
        d["QualityControlResultSet"] = [_d.wire(x) for x in v]
    v = o.container_diagnose_result_set
    if v is not None:
        d["ContainerDiagnoseResultSet"] = [_d.wire(x) for x in v]
    v = o.llm_detection_report
    if v is not None:
        d["LLMDetectionReport"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
