# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateAdaptiveDynamicStreamingTemplateRequest`` (sent in requests)."""

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
class CreateAdaptiveDynamicStreamingTemplateRequest(Model):
    """Request of CreateAdaptiveDynamicStreamingTemplate: the output format, sub-streams and
    options of the new template.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "format": "Format",
        "stream_infos": "StreamInfos",
        "name": "Name",
        "disable_higher_video_bitrate": "DisableHigherVideoBitrate",
        "disable_higher_video_resolution": "DisableHigherVideoResolution",
        "comment": "Comment",
        "pure_audio": "PureAudio",
        "segment_type": "SegmentType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "[AdaptiveStreamTemplate!",
        "str",
        "int",
        "int",
        "str",
        "int",
        "str",
    )

    format: str | None = None
    """Adaptive streaming output format: HLS or MPEG-DASH.

    Known values (:class:`tencent_mps.enums.AdaptiveDynamicStreamingInfoItemPackage`); others may appear:
    ``HLS``: http live streaming
    ``MPEG-DASH``: mpeg dynamic adaptive streaming over http

    Required in requests.

    Wire name: ``Format``.
    """

    stream_infos: list[models.AdaptiveStreamTemplate] | None = None
    """Parameters of the output sub-streams, at most 10. All sub-streams must share one frame
    rate; otherwise the frame rate of the first sub-stream is used.

    Required in requests.

    Wire name: ``StreamInfos``.
    """

    name: str | None = None
    """Name of the template, at most 64 characters.

    Wire name: ``Name``.
    """

    disable_higher_video_bitrate: int | None = None
    """Whether to forbid converting a low-bitrate video to a higher bitrate: 0 (default) allows
    it, 1 forbids it.

    Known values; others may appear:
    ``0``: no, allowed
    ``1``: yes, forbidden

    Wire name: ``DisableHigherVideoBitrate``.
    """

    disable_higher_video_resolution: int | None = None
    """Whether to forbid upscaling a video to a higher resolution: 0 (default) allows it, 1
    forbids it.

    Known values; others may appear:
    ``0``: no, allowed
    ``1``: yes, forbidden

    Wire name: ``DisableHigherVideoResolution``.
    """

    comment: str | None = None
    """Description of the template, at most 256 characters.

    Wire name: ``Comment``.
    """

    pure_audio: int | None = None
    """Template kind: 0 for video, 1 for audio only. With 1, every sub-stream must have
    RemoveVideo=1, RemoveAudio=0 and Video.Codec=copy; with 0, Video.Codec cannot be copy
    and Video.Fps cannot be null. This only labels the template; tasks follow RemoveAudio
    and RemoveVideo.

    Wire name: ``PureAudio``.
    """

    segment_type: str | None = None
    """Segment type that determines the segment format of the adaptive stream; defaults to ts-
    segment. For DASH only mp4-byterange or mp4-mp4-byterange is allowed.

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


_KNOWN = frozenset(CreateAdaptiveDynamicStreamingTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateAdaptiveDynamicStreamingTemplateRequest:
    """Decode one ``CreateAdaptiveDynamicStreamingTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateAdaptiveDynamicStreamingTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Format")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Format", "a string", v)
    o.format = v
    v = get("StreamInfos")
    if v is not None:
        n += 1
        v = _d.objects("StreamInfos", v, _S["AdaptiveStreamTemplate"])
    o.stream_infos = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
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


bind(CreateAdaptiveDynamicStreamingTemplateRequest, _structure)
