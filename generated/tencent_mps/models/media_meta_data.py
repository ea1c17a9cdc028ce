# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaMetaData``: the model and its codecs."""

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
class MediaMetaData:
    """Metadata of a media file, such as size, container, bitrate, resolution, duration and its
    video and audio streams.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "size": "Size",
        "container": "Container",
        "bitrate": "Bitrate",
        "height": "Height",
        "width": "Width",
        "duration": "Duration",
        "rotate": "Rotate",
        "video_stream_set": "VideoStreamSet",
        "audio_stream_set": "AudioStreamSet",
        "video_duration": "VideoDuration",
        "audio_duration": "AudioDuration",
    }
    """Attribute name -> wire name, for every field."""

    size: int | None = None
    """Size of the media file in bytes; for HLS it is the combined size of the m3u8 playlist
    and all ts segments.

    Unit: bytes.

    Wire name: ``Size``.
    """

    container: str | None = None
    """Container format, e.g. mp4 or m4a.

    Wire name: ``Container``.
    """

    bitrate: int | None = None
    """Sum of the average video stream bitrate and average audio stream bitrate, in bits per
    second.

    Unit: bps.

    Wire name: ``Bitrate``.
    """

    height: int | None = None
    """Maximum height among the video streams, in pixels.

    Unit: px.

    Wire name: ``Height``.
    """

    width: int | None = None
    """Maximum width among the video streams, in pixels.

    Unit: px.

    Wire name: ``Width``.
    """

    duration: float | None = None
    """Duration of the video, in seconds.

    Unit: s.

    Wire name: ``Duration``.
    """

    rotate: int | None = None
    """Rotation angle recorded when the video was shot, in degrees.

    Unit: deg.

    Wire name: ``Rotate``.
    """

    video_stream_set: list[models.MediaVideoStreamItem] | None = None
    """Information about each video stream.

    Wire name: ``VideoStreamSet``.
    """

    audio_stream_set: list[models.MediaAudioStreamItem] | None = None
    """Information about each audio stream.

    Wire name: ``AudioStreamSet``.
    """

    video_duration: float | None = None
    """Duration of the video stream, in seconds.

    Unit: s.

    Wire name: ``VideoDuration``.
    """

    audio_duration: float | None = None
    """Duration of the audio stream, in seconds.

    Unit: s.

    Wire name: ``AudioDuration``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MediaMetaData:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Size",
        "Container",
        "Bitrate",
        "Height",
        "Width",
        "Duration",
        "Rotate",
        "VideoStreamSet",
        "AudioStreamSet",
        "VideoDuration",
        "AudioDuration",
    }
)


def _structure(data: Any) -> MediaMetaData:
    """Decode one ``MediaMetaData`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaMetaData)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Size")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Size", "an integer", v)
    o.size = v
    v = get("Container")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Container", "a string", v)
    o.container = v
    v = get("Bitrate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Bitrate", "an integer", v)
    o.bitrate = v
    v = get("Height")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Height", "an integer", v)
    o.height = v
    v = get("Width")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Width", "an integer", v)
    o.width = v
    v = get("Duration")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Duration", v)
    o.duration = v
    v = get("Rotate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Rotate", "an integer", v)
    o.rotate = v
    v = get("VideoStreamSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("VideoStreamSet", "an array", v)
        if v:
            f = _S["MediaVideoStreamItem"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("VideoStreamSet", v, f) from None
        else:
            v = []
    o.video_stream_set = v
    v = get("AudioStreamSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("AudioStreamSet", "an array", v)
        if v:
            f = _S["MediaAudioStreamItem"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("AudioStreamSet", v, f) from None
        else:
            v = []
    o.audio_stream_set = v
    v = get("VideoDuration")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("VideoDuration", v)
    o.video_duration = v
    v = get("AudioDuration")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("AudioDuration", v)
    o.audio_duration = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: MediaMetaData) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.size
    if v is not None:
        d["Size"] = v
    v = o.container
    if v is not None:
        d["Container"] = v
    v = o.bitrate
    if v is not None:
        d["Bitrate"] = v
    v = o.height
    if v is not None:
        d["Height"] = v
    v = o.width
    if v is not None:
        d["Width"] = v
    v = o.duration
    if v is not None:
        d["Duration"] = v
    v = o.rotate
    if v is not None:
        d["Rotate"] = v
    v = o.video_stream_set
    if v is not None:
        d["VideoStreamSet"] = [_d.wire(x) for x in v]
    v = o.audio_stream_set
    if v is not None:
        d["AudioStreamSet"] = [_d.wire(x) for x in v]
    v = o.video_duration
    if v is not None:
        d["VideoDuration"] = v
    v = o.audio_duration
    if v is not None:
        d["AudioDuration"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
