# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateAdaptiveDynamicStreamingTemplateRequest``: the model and its codecs."""

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
class CreateAdaptiveDynamicStreamingTemplateRequest:
    """Request of CreateAdaptiveDynamicStreamingTemplate: the output format, sub-streams and
    options of the new template.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateAdaptiveDynamicStreamingTemplateRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Format",
        "StreamInfos",
        "Name",
        "DisableHigherVideoBitrate",
        "DisableHigherVideoResolution",
        "Comment",
        "PureAudio",
        "SegmentType",
    }
)


def _structure(data: Any) -> CreateAdaptiveDynamicStreamingTemplateRequest:
    """Decode one ``CreateAdaptiveDynamicStreamingTemplateRequest`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("StreamInfos", "an array", v)
        if v:
            f = _S["AdaptiveStreamTemplate"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("StreamInfos", v, f) from None
        else:
            v = []
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


def _unstructure(o: CreateAdaptiveDynamicStreamingTemplateRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.format
    if v is not None:
        d["Format"] = v
    v = o.stream_infos
    if v is not None:
        d["StreamInfos"] = [_d.wire(x) for x in v]
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.disable_higher_video_bitrate
    if v is not None:
        d["DisableHigherVideoBitrate"] = v
    v = o.disable_higher_video_resolution
    if v is not None:
        d["DisableHigherVideoResolution"] = v
    v = o.comment
    if v is not None:
        d["Comment"] = v
    v = o.pure_audio
    if v is not None:
        d["PureAudio"] = v
    v = o.segment_type
    if v is not None:
        d["SegmentType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateAdaptiveDynamicStreamingTemplateRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateAdaptiveDynamicStreamingTemplateRequest:
        o = _e.as_model(o, CreateAdaptiveDynamicStreamingTemplateRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.format
    if v is None:
        raise _e.missing("Format", "a string")
    if type(v) is not str:
        v = _e.as_str("Format", v)
    d["Format"] = v
    v = o.stream_infos
    if v is None:
        raise _e.missing("StreamInfos", "an array")
    d["StreamInfos"] = _e.models("StreamInfos", v, _R["AdaptiveStreamTemplate"])
    v = o.name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Name", v)
        d["Name"] = v
    v = o.disable_higher_video_bitrate
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("DisableHigherVideoBitrate", v)
        d["DisableHigherVideoBitrate"] = v
    v = o.disable_higher_video_resolution
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("DisableHigherVideoResolution", v)
        d["DisableHigherVideoResolution"] = v
    v = o.comment
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Comment", v)
        d["Comment"] = v
    v = o.pure_audio
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("PureAudio", v)
        d["PureAudio"] = v
    v = o.segment_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SegmentType", v)
        d["SegmentType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
