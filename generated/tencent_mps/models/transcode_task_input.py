# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TranscodeTaskInput``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TranscodeTaskInput:
    """Input parameters of a transcoding task, including the template, overrides, watermarks,
    mosaics, trimming and output settings.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TranscodeTaskInput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Definition",
        "RawParameter",
        "OverrideParameter",
        "WatermarkSet",
        "BlindWatermark",
        "MosaicSet",
        "StartTimeOffset",
        "EndTimeOffset",
        "OutputStorage",
        "OutputObjectPath",
        "SegmentObjectName",
        "ObjectNumberFormat",
        "HeadTailParameter",
    }
)


def _structure(data: Any) -> TranscodeTaskInput:
    """Decode one ``TranscodeTaskInput`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("WatermarkSet", "an array", v)
        if v:
            f = _S["WatermarkInput"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("WatermarkSet", v, f) from None
        else:
            v = []
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
        if type(v) is not list:
            raise _d.wrong_type("MosaicSet", "an array", v)
        if v:
            f = _S["MosaicInput"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("MosaicSet", v, f) from None
        else:
            v = []
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


def _unstructure(o: TranscodeTaskInput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is not None:
        d["Definition"] = v
    v = o.raw_parameter
    if v is not None:
        d["RawParameter"] = _d.wire(v)
    v = o.override_parameter
    if v is not None:
        d["OverrideParameter"] = _d.wire(v)
    v = o.watermark_set
    if v is not None:
        d["WatermarkSet"] = [_d.wire(x) for x in v]
    v = o.blind_watermark
    if v is not None:
        d["BlindWatermark"] = _d.wire(v)
    v = o.mosaic_set
    if v is not None:
        d["MosaicSet"] = [_d.wire(x) for x in v]
    v = o.start_time_offset
    if v is not None:
        d["StartTimeOffset"] = v
    v = o.end_time_offset
    if v is not None:
        d["EndTimeOffset"] = v
    v = o.output_storage
    if v is not None:
        d["OutputStorage"] = _d.wire(v)
    v = o.output_object_path
    if v is not None:
        d["OutputObjectPath"] = v
    v = o.segment_object_name
    if v is not None:
        d["SegmentObjectName"] = v
    v = o.object_number_format
    if v is not None:
        d["ObjectNumberFormat"] = _d.wire(v)
    v = o.head_tail_parameter
    if v is not None:
        d["HeadTailParameter"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``TranscodeTaskInput`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not TranscodeTaskInput:
        o = _e.as_model(o, TranscodeTaskInput)
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is None:
        raise _e.missing("Definition", "an integer")
    if type(v) is not int:
        v = _e.as_int("Definition", v)
    d["Definition"] = v
    v = o.raw_parameter
    if v is not None:
        try:
            d["RawParameter"] = _R["RawTranscodeParameter"](v)
        except ValidationError as e:
            raise e.with_prefix("RawParameter") from None
    v = o.override_parameter
    if v is not None:
        try:
            d["OverrideParameter"] = _R["OverrideTranscodeParameter"](v)
        except ValidationError as e:
            raise e.with_prefix("OverrideParameter") from None
    v = o.watermark_set
    if v is not None:
        d["WatermarkSet"] = _e.models("WatermarkSet", v, _R["WatermarkInput"])
    v = o.blind_watermark
    if v is not None:
        try:
            d["BlindWatermark"] = _R["BlindWatermarkInput"](v)
        except ValidationError as e:
            raise e.with_prefix("BlindWatermark") from None
    v = o.mosaic_set
    if v is not None:
        d["MosaicSet"] = _e.models("MosaicSet", v, _R["MosaicInput"])
    v = o.start_time_offset
    if v is not None:
        d["StartTimeOffset"] = _e.number("StartTimeOffset", v)
    v = o.end_time_offset
    if v is not None:
        d["EndTimeOffset"] = _e.number("EndTimeOffset", v)
    v = o.output_storage
    if v is not None:
        try:
            d["OutputStorage"] = _R["TaskOutputStorage"](v)
        except ValidationError as e:
            raise e.with_prefix("OutputStorage") from None
    v = o.output_object_path
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("OutputObjectPath", v)
        d["OutputObjectPath"] = v
    v = o.segment_object_name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SegmentObjectName", v)
        d["SegmentObjectName"] = v
    v = o.object_number_format
    if v is not None:
        try:
            d["ObjectNumberFormat"] = _R["NumberFormat"](v)
        except ValidationError as e:
            raise e.with_prefix("ObjectNumberFormat") from None
    v = o.head_tail_parameter
    if v is not None:
        try:
            d["HeadTailParameter"] = _R["HeadTailParameter"](v)
        except ValidationError as e:
            raise e.with_prefix("HeadTailParameter") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
