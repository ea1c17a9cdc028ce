# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TranscodeTaskInput`` (sent in requests)."""

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
class TranscodeTaskInput(Model):
    """Input parameters of a transcoding task, including the template, overrides, watermarks,
    mosaics, trimming and output settings.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "raw_parameter": "RawParameter",
        "override_parameter": "OverrideParameter",
        "watermark_set": "WatermarkSet",
        "blind_watermark": "BlindWatermark",
        "mosaic_set": "MosaicSet",
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
        "output_storage": "OutputStorage",
        "output_object_path": "OutputObjectPath",
        "segment_object_name": "SegmentObjectName",
        "object_number_format": "ObjectNumberFormat",
        "head_tail_parameter": "HeadTailParameter",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "RawTranscodeParameter",
        "OverrideTranscodeParameter",
        "[WatermarkInput",
        "BlindWatermarkInput",
        "[MosaicInput",
        "float",
        "float",
        "TaskOutputStorage",
        "str",
        "str",
        "NumberFormat",
        "HeadTailParameter",
    )

    definition: int | None = None
    """ID of the video transcoding template.

    Required in requests.

    Wire name: ``Definition``.
    """

    raw_parameter: models.RawTranscodeParameter | None = None
    """Fully custom transcoding parameters, only used when Definition is 0. Intended for highly
    customized scenarios; using a template through Definition is recommended. May be null
    (the documented example response sends null).

    Wire name: ``RawParameter``.
    """

    override_parameter: models.OverrideTranscodeParameter | None = None
    """Partial transcoding parameters that override the matching template settings, only used
    when Definition is not 0. May be null.

    Wire name: ``OverrideParameter``.
    """

    watermark_set: list[models.WatermarkInput] | None = None
    """List of image or text watermarks to apply, up to 10.

    Wire name: ``WatermarkSet``.
    """

    blind_watermark: models.BlindWatermarkInput | None = None
    """Digital (invisible) watermark parameters. May be null.

    Wire name: ``BlindWatermark``.
    """

    mosaic_set: list[models.MosaicInput] | None = None
    """List of mosaic (blur) regions to apply, up to 10.

    Wire name: ``MosaicSet``.
    """

    start_time_offset: float | None = None
    """Start offset of the output within the source video, in seconds. 0 or unset starts from
    the beginning, a positive n starts at second n, and a negative -n starts n seconds
    before the end.

    Unit: s.

    Wire name: ``StartTimeOffset``.
    """

    end_time_offset: float | None = None
    """End offset of the output within the source video, in seconds. 0 or unset runs to the
    end, a positive n ends at second n, and a negative -n ends n seconds before the end.

    Unit: s.

    Wire name: ``EndTimeOffset``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Target storage for the transcoded file; inherits the parent-level OutputStorage when not
    set. May be null.

    Wire name: ``OutputStorage``.
    """

    output_object_path: str | None = None
    """Output path of the main transcoded file, relative or absolute, ending with .{format} and
    optionally using filename variables. Defaults to
    {inputName}_transcode_{definition}.{format}.

    Wire name: ``OutputObjectPath``.
    """

    segment_object_name: str | None = None
    """Relative output path of segment files (such as TS segments for HLS). Defaults to
    {inputName}_transcode_{definition}_{number}.{format}.

    Wire name: ``SegmentObjectName``.
    """

    object_number_format: models.NumberFormat | None = None
    """Rules for generating the {number} variable in output paths. May be null.

    Wire name: ``ObjectNumberFormat``.
    """

    head_tail_parameter: models.HeadTailParameter | None = None
    """Parameters for adding opening and closing clips to the output. May be null.

    Wire name: ``HeadTailParameter``.
    """


_KNOWN = frozenset(TranscodeTaskInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TranscodeTaskInput:
    """Decode one ``TranscodeTaskInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TranscodeTaskInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("RawParameter")
    if v is not None:
        n += 1
        try:
            v = _S["RawTranscodeParameter"](v)
        except DecodeError as e:
            raise e.with_prefix("RawParameter") from None
    o.raw_parameter = v
    v = get("OverrideParameter")
    if v is not None:
        n += 1
        try:
            v = _S["OverrideTranscodeParameter"](v)
        except DecodeError as e:
            raise e.with_prefix("OverrideParameter") from None
    o.override_parameter = v
    v = get("WatermarkSet")
    if v is not None:
        n += 1
        v = _d.objects("WatermarkSet", v, _S["WatermarkInput"])
    o.watermark_set = v
    v = get("BlindWatermark")
    if v is not None:
        n += 1
        try:
            v = _S["BlindWatermarkInput"](v)
        except DecodeError as e:
            raise e.with_prefix("BlindWatermark") from None
    o.blind_watermark = v
    v = get("MosaicSet")
    if v is not None:
        n += 1
        v = _d.objects("MosaicSet", v, _S["MosaicInput"])
    o.mosaic_set = v
    v = get("StartTimeOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("StartTimeOffset", v)
    o.start_time_offset = v
    v = get("EndTimeOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("EndTimeOffset", v)
    o.end_time_offset = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    v = get("OutputObjectPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputObjectPath", "a string", v)
    o.output_object_path = v
    v = get("SegmentObjectName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SegmentObjectName", "a string", v)
    o.segment_object_name = v
    v = get("ObjectNumberFormat")
    if v is not None:
        n += 1
        try:
            v = _S["NumberFormat"](v)
        except DecodeError as e:
            raise e.with_prefix("ObjectNumberFormat") from None
    o.object_number_format = v
    v = get("HeadTailParameter")
    if v is not None:
        n += 1
        try:
            v = _S["HeadTailParameter"](v)
        except DecodeError as e:
            raise e.with_prefix("HeadTailParameter") from None
    o.head_tail_parameter = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(TranscodeTaskInput, _structure)
