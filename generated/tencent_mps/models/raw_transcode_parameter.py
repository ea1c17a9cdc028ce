# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``RawTranscodeParameter`` (sent in requests)."""

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
class RawTranscodeParameter(Model):
    """Custom transcoding parameters used instead of a transcoding template, covering container,
    video and audio stream settings, enhancement and subtitles.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "container": "Container",
        "remove_video": "RemoveVideo",
        "remove_audio": "RemoveAudio",
        "video_template": "VideoTemplate",
        "audio_template": "AudioTemplate",
        "tehd_config": "TEHDConfig",
        "std_ext_info": "StdExtInfo",
        "enhance_config": "EnhanceConfig",
        "subtitle_template": "SubtitleTemplate",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "int",
        "int",
        "VideoTemplateInfo",
        "AudioTemplateInfo",
        "TEHDConfig",
        "str",
        "EnhanceConfig",
        "SubtitleTemplate",
    )

    container: str | None = None
    """Container format. Options: mp4, flv, hls, mp3, flac, ogg, m4a; mp3, flac, ogg and m4a
    produce audio-only files.

    Known values (:class:`tencent_mps.enums.OverrideTranscodeParameterContainer`); others may appear:
    ``mp4``: MP4
    ``flv``: FLV
    ``hls``: HLS
    ``mp3``: MP3 (audio only)
    ``flac``: FLAC (audio only)
    ``ogg``: OGG (audio only)
    ``m4a``: M4A (audio only)

    Required in requests.

    Wire name: ``Container``.
    """

    remove_video: int | None = None
    """Whether to drop the video data. Default: 0.

    Known values; others may appear:
    ``0``: Keep video
    ``1``: Remove video

    Wire name: ``RemoveVideo``.
    """

    remove_audio: int | None = None
    """Whether to drop the audio data. Default: 0.

    Known values; others may appear:
    ``0``: Keep audio
    ``1``: Remove audio

    Wire name: ``RemoveAudio``.
    """

    video_template: models.VideoTemplateInfo | None = None
    """Video stream settings; required when RemoveVideo is 0.

    Wire name: ``VideoTemplate``.
    """

    audio_template: models.AudioTemplateInfo | None = None
    """Audio stream settings; required when RemoveAudio is 0.

    Wire name: ``AudioTemplate``.
    """

    tehd_config: models.TEHDConfig | None = None
    """Top Speed Codec (TESHD) transcoding settings.

    Wire name: ``TEHDConfig``.
    """

    std_ext_info: str | None = None
    """Extended parameters as a serialized JSON string.

    Wire name: ``StdExtInfo``.
    """

    enhance_config: models.EnhanceConfig | None = None
    """Audio and video enhancement settings. May be null.

    Wire name: ``EnhanceConfig``.
    """

    subtitle_template: models.SubtitleTemplate | None = None
    """Subtitle settings. May be null.

    Wire name: ``SubtitleTemplate``.
    """


_KNOWN = frozenset(RawTranscodeParameter.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> RawTranscodeParameter:
    """Decode one ``RawTranscodeParameter`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(RawTranscodeParameter)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Container")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Container", "a string", v)
    o.container = v
    v = get("RemoveVideo")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("RemoveVideo", "an integer", v)
    o.remove_video = v
    v = get("RemoveAudio")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("RemoveAudio", "an integer", v)
    o.remove_audio = v
    v = get("VideoTemplate")
    if v is not None:
        n += 1
        try:
            v = _S["VideoTemplateInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("VideoTemplate") from None
    o.video_template = v
    v = get("AudioTemplate")
    if v is not None:
        n += 1
        try:
            v = _S["AudioTemplateInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("AudioTemplate") from None
    o.audio_template = v
    v = get("TEHDConfig")
    if v is not None:
        n += 1
        try:
            v = _S["TEHDConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("TEHDConfig") from None
    o.tehd_config = v
    v = get("StdExtInfo")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("StdExtInfo", "a string", v)
    o.std_ext_info = v
    v = get("EnhanceConfig")
    if v is not None:
        n += 1
        try:
            v = _S["EnhanceConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("EnhanceConfig") from None
    o.enhance_config = v
    v = get("SubtitleTemplate")
    if v is not None:
        n += 1
        try:
            v = _S["SubtitleTemplate"](v)
        except DecodeError as e:
            raise e.with_prefix("SubtitleTemplate") from None
    o.subtitle_template = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(RawTranscodeParameter, _structure)
