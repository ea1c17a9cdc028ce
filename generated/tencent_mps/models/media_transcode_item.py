# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaTranscodeItem``."""

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
class MediaTranscodeItem(Model):
    """Information about one transcoded output file, including its location, dimensions, bitrate,
    size and stream details.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "output_storage": "OutputStorage",
        "path": "Path",
        "definition": "Definition",
        "bitrate": "Bitrate",
        "height": "Height",
        "width": "Width",
        "size": "Size",
        "duration": "Duration",
        "container": "Container",
        "md5": "Md5",
        "audio_stream_set": "AudioStreamSet",
        "video_stream_set": "VideoStreamSet",
        "call_back_ext_info": "CallBackExtInfo",
        "usage": "Usage",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "TaskOutputStorage",
        "str",
        "int",
        "int",
        "int",
        "int",
        "int",
        "float",
        "str",
        "str",
        "[MediaAudioStreamItem",
        "[MediaVideoStreamItem",
        "str",
        "MediaUsageItem",
    )

    output_storage: models.TaskOutputStorage | None = None
    """Storage location of the transcoded file.

    Wire name: ``OutputStorage``.
    """

    path: str | None = None
    """Path of the transcoded video file.

    Wire name: ``Path``.
    """

    definition: int | None = None
    """ID of the transcoding template used to produce this output.

    Wire name: ``Definition``.
    """

    bitrate: int | None = None
    """Sum of the average video stream bitrate and the average audio stream bitrate, in bits
    per second.

    Unit: bps.

    Wire name: ``Bitrate``.
    """

    height: int | None = None
    """Maximum height of the video stream, in pixels.

    Unit: px.

    Wire name: ``Height``.
    """

    width: int | None = None
    """Maximum width of the video stream, in pixels.

    Unit: px.

    Wire name: ``Width``.
    """

    size: int | None = None
    """Total size of the media, in bytes; for HLS this is the combined size of the m3u8 and TS
    files.

    Unit: bytes.

    Wire name: ``Size``.
    """

    duration: float | None = None
    """Duration of the video, in seconds.

    Unit: s.

    Wire name: ``Duration``.
    """

    container: str | None = None
    """Container format of the output, such as mp4 or m4a.

    Wire name: ``Container``.
    """

    md5: str | None = None
    """MD5 checksum of the video file.

    Wire name: ``Md5``.
    """

    audio_stream_set: list[models.MediaAudioStreamItem] | None = None
    """Details of the audio streams in the output.

    Wire name: ``AudioStreamSet``.
    """

    video_stream_set: list[models.MediaVideoStreamItem] | None = None
    """Details of the video streams in the output.

    Wire name: ``VideoStreamSet``.
    """

    call_back_ext_info: str | None = None
    """JSON string listing the enhancement features applied during transcoding, under the
    enhance_item key. May be null.

    Known values (:class:`tencent_mps.enums.MediaTranscodeItemCallBackExtInfo`); others may appear:
    ``hdr``: HDR configuration
    ``wd_fps``: Frame interpolation frame rate
    ``video_super_resolution``: Super resolution
    ``repair``: Comprehensive enhancement
    ``denoise``: Video denoising
    ``color_enhance``: Color enhancement
    ``scratch``: Scratch removal
    ``artifact``: Artifact (burr) removal
    ``sharp``: Detail sharpening
    ``low_light``: Low-light enhancement
    ``face_enhance``: Face enhancement

    Wire name: ``CallBackExtInfo``.
    """

    usage: models.MediaUsageItem | None = None
    """Usage figures recorded for producing this output.

    Wire name: ``Usage``.
    """


_KNOWN = frozenset(MediaTranscodeItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaTranscodeItem:
    """Decode one ``MediaTranscodeItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaTranscodeItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    v = get("Path")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Path", "a string", v)
    o.path = v
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
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
    v = get("Size")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Size", "an integer", v)
    o.size = v
    v = get("Duration")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Duration", v)
    o.duration = v
    v = get("Container")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Container", "a string", v)
    o.container = v
    v = get("Md5")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Md5", "a string", v)
    o.md5 = v
    v = get("AudioStreamSet")
    if v is not None:
        n += 1
        v = _d.objects("AudioStreamSet", v, _S["MediaAudioStreamItem"])
    o.audio_stream_set = v
    v = get("VideoStreamSet")
    if v is not None:
        n += 1
        v = _d.objects("VideoStreamSet", v, _S["MediaVideoStreamItem"])
    o.video_stream_set = v
    v = get("CallBackExtInfo")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CallBackExtInfo", "a string", v)
    o.call_back_ext_info = v
    v = get("Usage")
    if v is not None:
        n += 1
        try:
            v = _S["MediaUsageItem"](v)
        except DecodeError as e:
            raise e.with_prefix("Usage") from None
    o.usage = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MediaTranscodeItem, _structure)
