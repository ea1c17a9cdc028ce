# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``EvaluationTaskInput``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class EvaluationTaskInput:
    """Parameters of a video evaluation task: task type, metrics, evaluation range and the videos
    or templates to compare.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EvaluationTaskInput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "TaskType",
        "EvaluationTypeSet",
        "EvaluationRangeType",
        "ContrastInfoSet",
        "ContrastMediaSet",
        "ContrastTemplateSet",
        "StartTime",
        "EndTime",
        "StartFrameIndex",
        "EndFrameIndex",
        "ResolutionAlignmentMode",
        "BitrateSet",
        "VCRFSet",
    }
)


def _structure(data: Any) -> EvaluationTaskInput:
    """Decode one ``EvaluationTaskInput`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("EvaluationTypeSet", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("EvaluationTypeSet", v, "a string", _d.is_str)
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
        if type(v) is not list:
            raise _d.wrong_type("ContrastInfoSet", "an array", v)
        if v:
            f = _S["MediaInputInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("ContrastInfoSet", v, f) from None
        else:
            v = []
    o.contrast_info_set = v
    v = get("ContrastMediaSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ContrastMediaSet", "an array", v)
        if v:
            f = _S["EvaluationMediaInputInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("ContrastMediaSet", v, f) from None
        else:
            v = []
    o.contrast_media_set = v
    v = get("ContrastTemplateSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ContrastTemplateSet", "an array", v)
        if v:
            f = _S["EvaluationTemplateInputInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("ContrastTemplateSet", v, f) from None
        else:
            v = []
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
        if type(v) is not list:
            raise _d.wrong_type("BitrateSet", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is int for x in v):
            _d.check_items("BitrateSet", v, "an integer", _d.is_int)
    o.bitrate_set = v
    v = get("VCRFSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("VCRFSet", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is int for x in v):
            _d.check_items("VCRFSet", v, "an integer", _d.is_int)
    o.vcrf_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: EvaluationTaskInput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.task_type
    if v is not None:
        d["TaskType"] = v
    v = o.evaluation_type_set
    if v is not None:
        d["EvaluationTypeSet"] = list(v)
    v = o.evaluation_range_type
    if v is not None:
        d["EvaluationRangeType"] = v
    v = o.contrast_info_set
    if v is not None:
        d["ContrastInfoSet"] = [_d.wire(x) for x in v]
    v = o.contrast_media_set
    if v is not None:
        d["ContrastMediaSet"] = [_d.wire(x) for x in v]
    v = o.contrast_template_set
    if v is not None:
        d["ContrastTemplateSet"] = [_d.wire(x) for x in v]
    v = o.start_time
    if v is not None:
        d["StartTime"] = v
    v = o.end_time
    if v is not None:
        d["EndTime"] = v
    v = o.start_frame_index
    if v is not None:
        d["StartFrameIndex"] = v
    v = o.end_frame_index
    if v is not None:
        d["EndFrameIndex"] = v
    v = o.resolution_alignment_mode
    if v is not None:
        d["ResolutionAlignmentMode"] = v
    v = o.bitrate_set
    if v is not None:
        d["BitrateSet"] = list(v)
    v = o.vcrf_set
    if v is not None:
        d["VCRFSet"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``EvaluationTaskInput`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not EvaluationTaskInput:
        o = _e.as_model(o, EvaluationTaskInput)
    d: dict[str, Any] = {}
    v: Any
    v = o.task_type
    if v is None:
        raise _e.missing("TaskType", "a string")
    if type(v) is not str:
        v = _e.as_str("TaskType", v)
    d["TaskType"] = v
    v = o.evaluation_type_set
    if v is None:
        raise _e.missing("EvaluationTypeSet", "an array")
    d["EvaluationTypeSet"] = _e.strs("EvaluationTypeSet", v)
    v = o.evaluation_range_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("EvaluationRangeType", v)
        d["EvaluationRangeType"] = v
    v = o.contrast_info_set
    if v is not None:
        d["ContrastInfoSet"] = _e.models("ContrastInfoSet", v, _R["MediaInputInfo"])
    v = o.contrast_media_set
    if v is not None:
        d["ContrastMediaSet"] = _e.models("ContrastMediaSet", v, _R["EvaluationMediaInputInfo"])
    v = o.contrast_template_set
    if v is not None:
        d["ContrastTemplateSet"] = _e.models(
            "ContrastTemplateSet", v, _R["EvaluationTemplateInputInfo"]
        )
    v = o.start_time
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("StartTime", v)
        d["StartTime"] = v
    v = o.end_time
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("EndTime", v)
        d["EndTime"] = v
    v = o.start_frame_index
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("StartFrameIndex", v)
        d["StartFrameIndex"] = v
    v = o.end_frame_index
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("EndFrameIndex", v)
        d["EndFrameIndex"] = v
    v = o.resolution_alignment_mode
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ResolutionAlignmentMode", v)
        d["ResolutionAlignmentMode"] = v
    v = o.bitrate_set
    if v is not None:
        d["BitrateSet"] = _e.ints("BitrateSet", v)
    v = o.vcrf_set
    if v is not None:
        d["VCRFSet"] = _e.ints("VCRFSet", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
