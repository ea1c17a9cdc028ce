# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateTranscodeTemplateRequest`` (sent in requests)."""

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
class CreateTranscodeTemplateRequest(Model):
    """Request of CreateTranscodeTemplate: the container and the video, audio and enhancement
    settings of the new template.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "container": "Container",
        "name": "Name",
        "comment": "Comment",
        "remove_video": "RemoveVideo",
        "remove_audio": "RemoveAudio",
        "video_template": "VideoTemplate",
        "audio_template": "AudioTemplate",
        "tehd_config": "TEHDConfig",
        "enhance_config": "EnhanceConfig",
        "std_ext_info": "StdExtInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
        "str",
        "int",
        "int",
        "VideoTemplateInfo",
        "AudioTemplateInfo",
        "TEHDConfig",
        "EnhanceConfig",
        "str",
    )

    container: str | None = None
    """Container format: mp4, flv, hls, ts, webm, mkv, mxf, mov, mp3, flac, ogg, m4a or wav;
    the last five are audio-only.

    Known values (:class:`tencent_mps.enums.CreateTranscodeTemplateRequestContainer`); others may appear:
    ``mp4``: mpeg-4 container
    ``flv``: flash video
    ``hls``: http live streaming
    ``ts``: mpeg transport stream
    ``webm``: webm
    ``mkv``: matroska
    ``mxf``: material exchange format
    ``mov``: quicktime mov
    ``mp3``: mp3 audio only
    ``flac``: flac audio only
    ``ogg``: ogg audio only
    ``m4a``: m4a audio only
    ``wav``: wav audio only

    Required in requests.

    Wire name: ``Container``.
    """

    name: str | None = None
    """Name of the template, at most 64 characters.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Description of the template, at most 256 characters.

    Wire name: ``Comment``.
    """

    remove_video: int | None = None
    """Whether to drop the video stream: 0 keeps it, 1 removes it. Default 0.

    Known values; others may appear:
    ``0``: keep the video
    ``1``: remove the video

    Wire name: ``RemoveVideo``.
    """

    remove_audio: int | None = None
    """Whether to drop the audio stream: 0 keeps it, 1 removes it. Default 0.

    Known values; others may appear:
    ``0``: keep the audio
    ``1``: remove the audio

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
    """Top Speed Codec (TSC) transcoding settings.

    Wire name: ``TEHDConfig``.
    """

    enhance_config: models.EnhanceConfig | None = None
    """Audio and video enhancement settings.

    Wire name: ``EnhanceConfig``.
    """

    std_ext_info: str | None = None
    """Extension parameters as a serialized JSON string.

    Wire name: ``StdExtInfo``.
    """


_KNOWN = frozenset(CreateTranscodeTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateTranscodeTemplateRequest:
    """Decode one ``CreateTranscodeTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateTranscodeTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Container")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Container", "a string", v)
    o.container = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Comment")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Comment", "a string", v)
    o.comment = v
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
    v = get("EnhanceConfig")
    if v is not None:
        n += 1
        try:
            v = _S["EnhanceConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("EnhanceConfig") from None
    o.enhance_config = v
    v = get("StdExtInfo")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("StdExtInfo", "a string", v)
    o.std_ext_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateTranscodeTemplateRequest, _structure)
