# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyAdaptiveDynamicStreamingTemplateRequest`` (sent in requests)."""

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
class ModifyAdaptiveDynamicStreamingTemplateRequest(Model):
    """Request of ModifyAdaptiveDynamicStreamingTemplate: the template to change and the new
    settings.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "name": "Name",
        "format": "Format",
        "disable_higher_video_bitrate": "DisableHigherVideoBitrate",
        "disable_higher_video_resolution": "DisableHigherVideoResolution",
        "stream_infos": "StreamInfos",
        "comment": "Comment",
        "pure_audio": "PureAudio",
        "segment_type": "SegmentType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "str",
        "str",
        "int",
        "int",
        "[AdaptiveStreamTemplate",
        "str",
        "int",
        "str",
    )

    definition: int | None = None
    """Unique ID of the adaptive bitrate streaming template to modify. Required.

    Required in requests.

    Wire name: ``Definition``.
    """

    name: str | None = None
    """Template name, up to 64 characters.

    Wire name: ``Name``.
    """

    format: str | None = None
    """Adaptive streaming format: HLS or MPEG-DASH.

    Known values (:class:`tencent_mps.enums.AdaptiveDynamicStreamingInfoItemPackage`); others may appear:
    ``HLS``: http live streaming
    ``MPEG-DASH``: mpeg dash

    Wire name: ``Format``.
    """

    disable_higher_video_bitrate: int | None = None
    """Whether to forbid raising the video bitrate above that of the source: 0 no, 1 yes.

    Known values; others may appear:
    ``0``: allow converting low bitrate to higher bitrate
    ``1``: forbid converting low bitrate to higher bitrate

    Wire name: ``DisableHigherVideoBitrate``.
    """

    disable_higher_video_resolution: int | None = None
    """Whether to forbid raising the video resolution above that of the source: 0 no, 1 yes.

    Known values; others may appear:
    ``0``: allow upscaling the resolution
    ``1``: forbid upscaling the resolution

    Wire name: ``DisableHigherVideoResolution``.
    """

    stream_infos: list[models.AdaptiveStreamTemplate] | None = None
    """Parameters of the output substreams, at most 10. All streams must share a frame rate
    (otherwise the first one's is used), and every field must be given when modifying, as
    omitted ones fall back to defaults.

    Wire name: ``StreamInfos``.
    """

    comment: str | None = None
    """Template description, up to 256 characters.

    Wire name: ``Comment``.
    """

    pure_audio: int | None = None
    """Template kind: 0 for a video template, 1 for audio-only. With 1, each stream must set
    RemoveVideo=1, RemoveAudio=0 and Video.Codec=copy; with 0, Video.Codec cannot be copy
    and Video.Fps cannot be null. Tasks still follow RemoveAudio and RemoveVideo.

    Wire name: ``PureAudio``.
    """

    segment_type: str | None = None
    """Segment format of the adaptive stream, which takes precedence. Defaults to ts-segment;
    with DASH only mp4-byterange or mp4-mp4-byterange are allowed.

    Known values (:class:`tencent_mps.enums.CreateAdaptiveDynamicStreamingTemplateRequestSegmentType`); others may appear:
    ``ts-segment``: hls with ts segments
    ``ts-byterange``: hls with ts byte ranges
    ``mp4-segment``: hls with mp4 segments
    ``mp4-byterange``: hls or dash with mp4 byte ranges
    ``ts-packed-audio``: hls with ts and packed audio segments
    ``mp4-packed-audio``: hls with mp4 and packed audio segments
    ``ts-ts-segment``: hls with ts+ts segments
    ``ts-ts-byterange``: hls with ts+ts byte ranges
    ``mp4-mp4-segment``: hls with mp4+mp4 segments
    ``mp4-mp4-byterange``: hls or dash with mp4+mp4 byte ranges
    ``ts-packed-audio-byterange``: hls with ts and packed audio byte ranges
    ``mp4-packed-audio-byterange``: hls with mp4 and packed audio byte ranges

    Wire name: ``SegmentType``.
    """


_KNOWN = frozenset(ModifyAdaptiveDynamicStreamingTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyAdaptiveDynamicStreamingTemplateRequest:
    """Decode one ``ModifyAdaptiveDynamicStreamingTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyAdaptiveDynamicStreamingTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Format")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Format", "a string", v)
    o.format = v
    v = get("DisableHigherVideoBitrate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("DisableHigherVideoBitrate", "an integer", v)
    o.disable_higher_video_bitrate = v
    v = get("DisableHigherVideoResolution")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("DisableHigherVideoResolution", "an integer", v)
    o.disable_higher_video_resolution = v
    v = get("StreamInfos")
    if v is not None:
        n += 1
        v = _d.objects("StreamInfos", v, _S["AdaptiveStreamTemplate"])
    o.stream_infos = v
    v = get("Comment")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Comment", "a string", v)
    o.comment = v
    v = get("PureAudio")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("PureAudio", "an integer", v)
    o.pure_audio = v
    v = get("SegmentType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SegmentType", "a string", v)
    o.segment_type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ModifyAdaptiveDynamicStreamingTemplateRequest, _structure)
