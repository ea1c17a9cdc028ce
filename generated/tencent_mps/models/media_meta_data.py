# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaMetaData``."""

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
class MediaMetaData(Model):
    """Metadata of a media file, such as size, container, bitrate, resolution, duration and its
    video and audio streams.
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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "int",
        "int",
        "int",
        "float",
        "int",
        "[MediaVideoStreamItem",
        "[MediaAudioStreamItem",
        "float",
        "float",
    )

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


_KNOWN = frozenset(MediaMetaData.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaMetaData:
    """Decode one ``MediaMetaData`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("VideoStreamSet", v, _S["MediaVideoStreamItem"])
    o.video_stream_set = v
    v = get("AudioStreamSet")
    if v is not None:
        n += 1
        v = _d.objects("AudioStreamSet", v, _S["MediaAudioStreamItem"])
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


bind(MediaMetaData, _structure)
