# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AdaptiveDynamicStreamingTaskInput``: the model and its codecs."""

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
class AdaptiveDynamicStreamingTaskInput:
    """Input parameters of an adaptive bitrate streaming (HLS/DASH packaging) task, including the
    template, watermarks, DRM, subtitles and output paths.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "watermark_set": "WatermarkSet",
        "blind_watermark": "BlindWatermark",
        "output_storage": "OutputStorage",
        "output_object_path": "OutputObjectPath",
        "sub_stream_object_name": "SubStreamObjectName",
        "segment_object_name": "SegmentObjectName",
        "add_on_subtitles": "AddOnSubtitles",
        "drm_info": "DrmInfo",
        "definition_type": "DefinitionType",
        "subtitle_template": "SubtitleTemplate",
        "std_ext_info": "StdExtInfo",
        "key_pts_list": "KeyPTSList",
        "add_on_audios": "AddOnAudios",
        "std_ext_stream_infos": "StdExtStreamInfos",
    }
    """Attribute name -> wire name, for every field."""

    definition: int | None = None
    """ID of the adaptive bitrate streaming template.

    Required in requests.

    Wire name: ``Definition``.
    """

    watermark_set: list[models.WatermarkInput] | None = None
    """Watermarks to apply; image or text watermarks are supported, up to 10 entries.

    Wire name: ``WatermarkSet``.
    """

    blind_watermark: models.BlindWatermarkInput | None = None
    """Digital (invisible) watermark parameters. May be null.

    Wire name: ``BlindWatermark``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Target storage for the adaptive streaming output. If not set, the parent task's
    OutputStorage is inherited. May be null.

    Wire name: ``OutputStorage``.
    """

    output_object_path: str | None = None
    """Output path of the manifest file, relative or absolute, which must end with .{format}
    and may contain filename variables. Defaults to the relative path
    {inputName}_adaptiveDynamicStreaming_{definition}.{format}.

    Wire name: ``OutputObjectPath``.
    """

    sub_stream_object_name: str | None = None
    """Output path of each substream file; only relative paths are allowed. Defaults to
    {inputName}_adaptiveDynamicStreaming_{definition}_{subStreamNumber}.{format}.

    Wire name: ``SubStreamObjectName``.
    """

    segment_object_name: str | None = None
    """Output path of segment files (HLS only); only relative paths are allowed. Defaults to {i
    nputName}_adaptiveDynamicStreaming_{definition}_{subStreamNumber}_{segmentNumber}.{forma
    t}.

    Wire name: ``SegmentObjectName``.
    """

    add_on_subtitles: list[models.AddOnSubtitle] | None = None
    """External subtitle files to be inserted into the output. May be null.

    Wire name: ``AddOnSubtitles``.
    """

    drm_info: models.DrmInfo | None = None
    """DRM encryption settings. May be null.

    Wire name: ``DrmInfo``.
    """

    definition_type: str | None = None
    """Type of the adaptive streaming template.

    Known values (:class:`tencent_mps.enums.AdaptiveDynamicStreamingTaskInputDefinitionType`); others may appear:
    ``Common``: Audio and video
    ``PureAudio``: Audio only

    Wire name: ``DefinitionType``.
    """

    subtitle_template: models.SubtitleTemplate | None = None
    """Hard (burned-in) subtitle settings such as subtitle source, font size and position. May
    be null.

    Wire name: ``SubtitleTemplate``.
    """

    std_ext_info: str | None = None
    """Extended transcoding parameters as a JSON string.

    Wire name: ``StdExtInfo``.
    """

    key_pts_list: list[int] | None = None
    """PTS times, in milliseconds, at which frames are forced to be keyframes and segments are
    cut (tolerance up to 1 ms). Works together with GOP and segment duration settings;
    requires RawPts enabled, source frame rate kept, and frames existing at those times. May
    be null.

    Unit: ms.

    Wire name: ``KeyPTSList``.
    """

    add_on_audios: list[models.AddOnAudio] | None = None
    """External audio files to be inserted into the output.

    Wire name: ``AddOnAudios``.
    """

    std_ext_stream_infos: list[models.AdaptiveStreamTemplate] | None = None
    """When non-empty, replaces the template's StreamInfos entirely; uses the same format as
    StreamInfos when creating an adaptive streaming template.

    Wire name: ``StdExtStreamInfos``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AdaptiveDynamicStreamingTaskInput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Definition",
        "WatermarkSet",
        "BlindWatermark",
        "OutputStorage",
        "OutputObjectPath",
        "SubStreamObjectName",
        "SegmentObjectName",
        "AddOnSubtitles",
        "DrmInfo",
        "DefinitionType",
        "SubtitleTemplate",
        "StdExtInfo",
        "KeyPTSList",
        "AddOnAudios",
        "StdExtStreamInfos",
    }
)


def _structure(data: Any) -> AdaptiveDynamicStreamingTaskInput:
    """Decode one ``AdaptiveDynamicStreamingTaskInput`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AdaptiveDynamicStreamingTaskInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
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
    v = get("SubStreamObjectName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubStreamObjectName", "a string", v)
    o.sub_stream_object_name = v
    v = get("SegmentObjectName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SegmentObjectName", "a string", v)
    o.segment_object_name = v
    v = get("AddOnSubtitles")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("AddOnSubtitles", "an array", v)
        if v:
            f = _S["AddOnSubtitle"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("AddOnSubtitles", v, f) from None
        else:
            v = []
    o.add_on_subtitles = v
    v = get("DrmInfo")
    if v is not None:
        n += 1
        try:
            v = _S["DrmInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("DrmInfo") from None
    o.drm_info = v
    v = get("DefinitionType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("DefinitionType", "a string", v)
    o.definition_type = v
    v = get("SubtitleTemplate")
    if v is not None:
        n += 1
        try:
            v = _S["SubtitleTemplate"](v)
        except DecodeError as e:
            raise e.with_prefix("SubtitleTemplate") from None
    o.subtitle_template = v
    v = get("StdExtInfo")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("StdExtInfo", "a string", v)
    o.std_ext_info = v
    v = get("KeyPTSList")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("KeyPTSList", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is int for x in v):
            _d.check_items("KeyPTSList", v, "an integer", _d.is_int)
    o.key_pts_list = v
    v = get("AddOnAudios")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("AddOnAudios", "an array", v)
        if v:
            f = _S["AddOnAudio"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("AddOnAudios", v, f) from None
        else:
            v = []
    o.add_on_audios = v
    v = get("StdExtStreamInfos")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("StdExtStreamInfos", "an array", v)
        if v:
            f = _S["AdaptiveStreamTemplate"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("StdExtStreamInfos", v, f) from None
        else:
            v = []
    o.std_ext_stream_infos = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AdaptiveDynamicStreamingTaskInput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is not None:
        d["Definition"] = v
    v = o.watermark_set
    if v is not None:
        d["WatermarkSet"] = [_d.wire(x) for x in v]
    v = o.blind_watermark
    if v is not None:
        d["BlindWatermark"] = _d.wire(v)
    v = o.output_storage
    if v is not None:
        d["OutputStorage"] = _d.wire(v)
    v = o.output_object_path
    if v is not None:
        d["OutputObjectPath"] = v
    v = o.sub_stream_object_name
    if v is not None:
        d["SubStreamObjectName"] = v
    v = o.segment_object_name
    if v is not None:
        d["SegmentObjectName"] = v
    v = o.add_on_subtitles
    if v is not None:
        d["AddOnSubtitles"] = [_d.wire(x) for x in v]
    v = o.drm_info
    if v is not None:
        d["DrmInfo"] = _d.wire(v)
    v = o.definition_type
    if v is not None:
        d["DefinitionType"] = v
    v = o.subtitle_template
    if v is not None:
        d["SubtitleTemplate"] = _d.wire(v)
    v = o.std_ext_info
    if v is not None:
        d["StdExtInfo"] = v
    v = o.key_pts_list
    if v is not None:
        d["KeyPTSList"] = list(v)
    v = o.add_on_audios
    if v is not None:
        d["AddOnAudios"] = [_d.wire(x) for x in v]
    v = o.std_ext_stream_infos
    if v is not None:
        d["StdExtStreamInfos"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AdaptiveDynamicStreamingTaskInput`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AdaptiveDynamicStreamingTaskInput:
        o = _e.as_model(o, AdaptiveDynamicStreamingTaskInput)
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is None:
        raise _e.missing("Definition", "an integer")
    if type(v) is not int:
        v = _e.as_int("Definition", v)
    d["Definition"] = v
    v = o.watermark_set
    if v is not None:
        d["WatermarkSet"] = _e.models("WatermarkSet", v, _R["WatermarkInput"])
    v = o.blind_watermark
    if v is not None:
        try:
            d["BlindWatermark"] = _R["BlindWatermarkInput"](v)
        except ValidationError as e:
            raise e.with_prefix("BlindWatermark") from None
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
    v = o.sub_stream_object_name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SubStreamObjectName", v)
        d["SubStreamObjectName"] = v
    v = o.segment_object_name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SegmentObjectName", v)
        d["SegmentObjectName"] = v
    v = o.add_on_subtitles
    if v is not None:
        d["AddOnSubtitles"] = _e.models("AddOnSubtitles", v, _R["AddOnSubtitle"])
    v = o.drm_info
    if v is not None:
        try:
            d["DrmInfo"] = _R["DrmInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("DrmInfo") from None
    v = o.definition_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("DefinitionType", v)
        d["DefinitionType"] = v
    v = o.subtitle_template
    if v is not None:
        try:
            d["SubtitleTemplate"] = _R["SubtitleTemplate"](v)
        except ValidationError as e:
            raise e.with_prefix("SubtitleTemplate") from None
    v = o.std_ext_info
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("StdExtInfo", v)
        d["StdExtInfo"] = v
    v = o.key_pts_list
    if v is not None:
        d["KeyPTSList"] = _e.ints("KeyPTSList", v)
    v = o.add_on_audios
    if v is not None:
        d["AddOnAudios"] = _e.models("AddOnAudios", v, _R["AddOnAudio"])
    v = o.std_ext_stream_infos
    if v is not None:
        d["StdExtStreamInfos"] = _e.models("StdExtStreamInfos", v, _R["AdaptiveStreamTemplate"])
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
