# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeTargetInfo`` (sent in requests)."""

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
class ComposeTargetInfo(Model):
    """Output settings of a composition task: container and video/audio stream parameters."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "container": "Container",
        "remove_video": "RemoveVideo",
        "remove_audio": "RemoveAudio",
        "video_stream": "VideoStream",
        "audio_stream": "AudioStream",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "int",
        "ComposeVideoStream",
        "ComposeAudioStream",
    )

    container: str | None = None
    """Output container: mp4 for a video file (default) or mp3 for audio only.

    Known values (:class:`tencent_mps.enums.ComposeTargetInfoContainer`); others may appear:
    ``mp4``: video file (default)
    ``mp3``: audio-only file

    Wire name: ``Container``.
    """

    remove_video: int | None = None
    """Whether to drop the video data: 0 keeps it (default), 1 removes it.

    Known values; others may appear:
    ``0``: keep video (default)
    ``1``: remove video

    Wire name: ``RemoveVideo``.
    """

    remove_audio: int | None = None
    """Whether to drop the audio data: 0 keeps it (default), 1 removes it.

    Known values; others may appear:
    ``0``: keep audio (default)
    ``1``: remove audio

    Wire name: ``RemoveAudio``.
    """

    video_stream: models.ComposeVideoStream | None = None
    """Settings of the output video stream.

    Wire name: ``VideoStream``.
    """

    audio_stream: models.ComposeAudioStream | None = None
    """Settings of the output audio stream.

    Wire name: ``AudioStream``.
    """


_KNOWN = frozenset(ComposeTargetInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ComposeTargetInfo:
    """Decode one ``ComposeTargetInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeTargetInfo)
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
    v = get("VideoStream")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeVideoStream"](v)
        except DecodeError as e:
            raise e.with_prefix("VideoStream") from None
    o.video_stream = v
    v = get("AudioStream")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeAudioStream"](v)
        except DecodeError as e:
            raise e.with_prefix("AudioStream") from None
    o.audio_stream = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ComposeTargetInfo, _structure)
