# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AdaptiveStreamTemplate``: the model and its codecs."""

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
class AdaptiveStreamTemplate:
    """One rendition of an adaptive bitrate streaming template, combining the audio and video
    encoding settings for that stream.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "audio": "Audio",
        "video": "Video",
        "remove_audio": "RemoveAudio",
        "remove_video": "RemoveVideo",
        "audio_list": "AudioList",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AdaptiveStreamTemplate:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Audio",
        "Video",
        "RemoveAudio",
        "RemoveVideo",
        "AudioList",
    }
)


def _structure(data: Any) -> AdaptiveStreamTemplate:
    """Decode one ``AdaptiveStreamTemplate`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("AudioList", "an array", v)
        if v:
            f = _S["AudioTemplateInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("AudioList", v, f) from None
        else:
            v = []
    o.audio_list = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AdaptiveStreamTemplate) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.audio
    if v is not None:
        d["Audio"] = _d.wire(v)
    v = o.video
    if v is not None:
        d["Video"] = _d.wire(v)
    v = o.remove_audio
    if v is not None:
        d["RemoveAudio"] = v
    v = o.remove_video
    if v is not None:
        d["RemoveVideo"] = v
    v = o.audio_list
    if v is not None:
        d["AudioList"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AdaptiveStreamTemplate`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AdaptiveStreamTemplate:
        o = _e.as_model(o, AdaptiveStreamTemplate)
    d: dict[str, Any] = {}
    v: Any
    v = o.audio
    if v is None:
        raise _e.missing("Audio", "an object")
    try:
        d["Audio"] = _R["AudioTemplateInfo"](v)
    except ValidationError as e:
        raise e.with_prefix("Audio") from None
    v = o.video
    if v is not None:
        try:
            d["Video"] = _R["VideoTemplateInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("Video") from None
    v = o.remove_audio
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("RemoveAudio", v)
        d["RemoveAudio"] = v
    v = o.remove_video
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("RemoveVideo", v)
        d["RemoveVideo"] = v
    v = o.audio_list
    if v is not None:
        d["AudioList"] = _e.models("AudioList", v, _R["AudioTemplateInfo"])
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
