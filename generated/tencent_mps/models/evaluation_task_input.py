# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``EvaluationTaskInput`` (sent in requests)."""

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
class EvaluationTaskInput(Model):
    """Parameters of a video evaluation task: task type, metrics, evaluation range and the videos
    or templates to compare.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "task_type": "TaskType",
        "evaluation_type_set": "EvaluationTypeSet",
        "evaluation_range_type": "EvaluationRangeType",
        "contrast_info_set": "ContrastInfoSet",
        "contrast_media_set": "ContrastMediaSet",
        "contrast_template_set": "ContrastTemplateSet",
        "start_time": "StartTime",
        "end_time": "EndTime",
        "start_frame_index": "StartFrameIndex",
        "end_frame_index": "EndFrameIndex",
        "resolution_alignment_mode": "ResolutionAlignmentMode",
        "bitrate_set": "BitrateSet",
        "vcrf_set": "VCRFSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "[str!",
        "str",
        "[MediaInputInfo",
        "[EvaluationMediaInputInfo",
        "[EvaluationTemplateInputInfo",
        "int",
        "int",
        "int",
        "int",
        "str",
        "[int",
        "[int",
    )

    task_type: str | None = None
    """Evaluation task type: NORMAL or BD_RATE.

    Required in requests.

    Wire name: ``TaskType``.
    """

    evaluation_type_set: list[str] | None = None
    """Quality metrics to compute: PSNR, SSIM, VMAF or VMAF_NEG.

    Required in requests.

    Wire name: ``EvaluationTypeSet``.
    """

    evaluation_range_type: str | None = None
    """Part of the video to evaluate: ALL (whole duration), TIME (a time range) or FRAME (a
    frame range).

    Wire name: ``EvaluationRangeType``.
    """

    contrast_info_set: list[models.MediaInputInfo] | None = None
    """Comparison videos (deprecated; use ContrastMediaSet). May be null if unavailable.

    Deprecated: the service no longer uses this field.

    Wire name: ``ContrastInfoSet``.
    """

    contrast_media_set: list[models.EvaluationMediaInputInfo] | None = None
    """Comparison videos to score against the source.

    Wire name: ``ContrastMediaSet``.
    """

    contrast_template_set: list[models.EvaluationTemplateInputInfo] | None = None
    """Transcoding templates whose output is compared.

    Wire name: ``ContrastTemplateSet``.
    """

    start_time: int | None = None
    """Start of the evaluated range in seconds; used when EvaluationRangeType is TIME.

    Unit: s.

    Wire name: ``StartTime``.
    """

    end_time: int | None = None
    """End of the evaluated range in seconds; used when EvaluationRangeType is TIME.

    Unit: s.

    Wire name: ``EndTime``.
    """

    start_frame_index: int | None = None
    """First frame to evaluate, starting from 0 by default; used when EvaluationRangeType is
    FRAME.

    Wire name: ``StartFrameIndex``.
    """

    end_frame_index: int | None = None
    """Last frame to evaluate, by default the last frame that can be evaluated; used when
    EvaluationRangeType is FRAME.

    Wire name: ``EndFrameIndex``.
    """

    resolution_alignment_mode: str | None = None
    """How resolutions are aligned: ALIGN_HIGH_RESOLUTION or ALIGN_LOW_RESOLUTION. Defaults to
    aligning to the lower-resolution video.

    Wire name: ``ResolutionAlignmentMode``.
    """

    bitrate_set: list[int] | None = None
    """Bitrates to evaluate at; used when the task type is BD_RATE.

    Wire name: ``BitrateSet``.
    """

    vcrf_set: list[int] | None = None
    """VCRF values to evaluate at; used when the task type is BD_RATE.

    Wire name: ``VCRFSet``.
    """


_KNOWN = frozenset(EvaluationTaskInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> EvaluationTaskInput:
    """Decode one ``EvaluationTaskInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(EvaluationTaskInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TaskType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskType", "a string", v)
    o.task_type = v
    v = get("EvaluationTypeSet")
    if v is not None:
        n += 1
        v = _d.str_list("EvaluationTypeSet", v)
    o.evaluation_type_set = v
    v = get("EvaluationRangeType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EvaluationRangeType", "a string", v)
    o.evaluation_range_type = v
    v = get("ContrastInfoSet")
    if v is not None:
        n += 1
        v = _d.objects("ContrastInfoSet", v, _S["MediaInputInfo"])
    o.contrast_info_set = v
    v = get("ContrastMediaSet")
    if v is not None:
        n += 1
        v = _d.objects("ContrastMediaSet", v, _S["EvaluationMediaInputInfo"])
    o.contrast_media_set = v
    v = get("ContrastTemplateSet")
    if v is not None:
        n += 1
        v = _d.objects("ContrastTemplateSet", v, _S["EvaluationTemplateInputInfo"])
    o.contrast_template_set = v
    v = get("StartTime")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("StartTime", "an integer", v)
    o.start_time = v
    v = get("EndTime")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("EndTime", "an integer", v)
    o.end_time = v
    v = get("StartFrameIndex")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("StartFrameIndex", "an integer", v)
    o.start_frame_index = v
    v = get("EndFrameIndex")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("EndFrameIndex", "an integer", v)
    o.end_frame_index = v
    v = get("ResolutionAlignmentMode")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ResolutionAlignmentMode", "a string", v)
    o.resolution_alignment_mode = v
    v = get("BitrateSet")
    if v is not None:
        n += 1
        v = _d.int_list("BitrateSet", v)
    o.bitrate_set = v
    v = get("VCRFSet")
    if v is not None:
        n += 1
        v = _d.int_list("VCRFSet", v)
    o.vcrf_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(EvaluationTaskInput, _structure)
