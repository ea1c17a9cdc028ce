# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AdaptiveDynamicStreamingTaskInput`` (sent in requests)."""

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
class AdaptiveDynamicStreamingTaskInput(Model):
    """Input parameters of an adaptive bitrate streaming (HLS/DASH packaging) task, including the
    template, watermarks, DRM, subtitles and output paths.
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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "[WatermarkInput",
        "BlindWatermarkInput",
        "TaskOutputStorage",
        "str",
        "str",
        "str",
        "[AddOnSubtitle",
        "DrmInfo",
        "str",
        "SubtitleTemplate",
        "str",
        "[int",
        "[AddOnAudio",
        "[AdaptiveStreamTemplate",
    )

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


_KNOWN = frozenset(AdaptiveDynamicStreamingTaskInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AdaptiveDynamicStreamingTaskInput:
    """Decode one ``AdaptiveDynamicStreamingTaskInput`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("AddOnSubtitles", v, _S["AddOnSubtitle"])
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
        v = _d.int_list("KeyPTSList", v)
    o.key_pts_list = v
    v = get("AddOnAudios")
    if v is not None:
        n += 1
        v = _d.objects("AddOnAudios", v, _S["AddOnAudio"])
    o.add_on_audios = v
    v = get("StdExtStreamInfos")
    if v is not None:
        n += 1
        v = _d.objects("StdExtStreamInfos", v, _S["AdaptiveStreamTemplate"])
    o.std_ext_stream_infos = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AdaptiveDynamicStreamingTaskInput, _structure)
