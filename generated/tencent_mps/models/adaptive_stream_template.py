# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AdaptiveStreamTemplate`` (sent in requests)."""

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
class AdaptiveStreamTemplate(Model):
    """One rendition of an adaptive bitrate streaming template, combining the audio and video
    encoding settings for that stream.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "audio": "Audio",
        "video": "Video",
        "remove_audio": "RemoveAudio",
        "remove_video": "RemoveVideo",
        "audio_list": "AudioList",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "AudioTemplateInfo!",
        "VideoTemplateInfo",
        "int",
        "int",
        "[AudioTemplateInfo",
    )

    audio: models.AudioTemplateInfo | None = None
    """Audio encoding settings for this stream.

    Required in requests.

    Wire name: ``Audio``.
    """

    video: models.VideoTemplateInfo | None = None
    """Video encoding settings for this stream.

    Wire name: ``Video``.
    """

    remove_audio: int | None = None
    """Whether the audio stream is dropped from the output.

    Known values; others may appear:
    ``0``: Keep audio
    ``1``: Remove audio

    Wire name: ``RemoveAudio``.
    """

    remove_video: int | None = None
    """Whether the video stream is dropped from the output.

    Known values; others may appear:
    ``0``: Keep video
    ``1``: Remove video

    Wire name: ``RemoveVideo``.
    """

    audio_list: list[models.AudioTemplateInfo] | None = None
    """List of audio settings, used only when adaptive transcoding merges multiple audio
    tracks; at most 64 entries. May be null.

    Wire name: ``AudioList``.
    """


_KNOWN = frozenset(AdaptiveStreamTemplate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AdaptiveStreamTemplate:
    """Decode one ``AdaptiveStreamTemplate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AdaptiveStreamTemplate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Audio")
    if v is not None:
        n += 1
        try:
            v = _S["AudioTemplateInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("Audio") from None
    o.audio = v
    v = get("Video")
    if v is not None:
        n += 1
        try:
            v = _S["VideoTemplateInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("Video") from None
    o.video = v
    v = get("RemoveAudio")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("RemoveAudio", "an integer", v)
    o.remove_audio = v
    v = get("RemoveVideo")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("RemoveVideo", "an integer", v)
    o.remove_video = v
    v = get("AudioList")
    if v is not None:
        n += 1
        v = _d.objects("AudioList", v, _S["AudioTemplateInfo"])
    o.audio_list = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AdaptiveStreamTemplate, _structure)
