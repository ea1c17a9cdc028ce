# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeTargetInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeTargetInfo:
    """Output settings of a composition task: container and video/audio stream parameters.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "container": "Container",
        "remove_video": "RemoveVideo",
        "remove_audio": "RemoveAudio",
        "video_stream": "VideoStream",
        "audio_stream": "AudioStream",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ComposeTargetInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Container",
        "RemoveVideo",
        "RemoveAudio",
        "VideoStream",
        "AudioStream",
    }
)


def _structure(data: Any) -> ComposeTargetInfo:
    """Decode one ``ComposeTargetInfo`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ComposeTargetInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.container
    if v is not None:
        d["Container"] = v
    v = o.remove_video
    if v is not None:
        d["RemoveVideo"] = v
    v = o.remove_audio
    if v is not None:
        d["RemoveAudio"] = v
    v = o.video_stream
    if v is not None:
        d["VideoStream"] = _d.wire(v)
    v = o.audio_stream
    if v is not None:
        d["AudioStream"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ComposeTargetInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ComposeTargetInfo:
        o = _e.as_model(o, ComposeTargetInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.container
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Container", v)
        d["Container"] = v
    v = o.remove_video
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("RemoveVideo", v)
        d["RemoveVideo"] = v
    v = o.remove_audio
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("RemoveAudio", v)
        d["RemoveAudio"] = v
    v = o.video_stream
    if v is not None:
        try:
            d["VideoStream"] = _R["ComposeVideoStream"](v)
        except ValidationError as e:
            raise e.with_prefix("VideoStream") from None
    v = o.audio_stream
    if v is not None:
        try:
            d["AudioStream"] = _R["ComposeAudioStream"](v)
        except ValidationError as e:
            raise e.with_prefix("AudioStream") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
