# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyTranscodeTemplateRequest``: the model and its codecs."""

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
class ModifyTranscodeTemplateRequest:
    """Request of ModifyTranscodeTemplate: the template Definition and the settings to change.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "container": "Container",
        "name": "Name",
        "comment": "Comment",
        "remove_video": "RemoveVideo",
        "remove_audio": "RemoveAudio",
        "video_template": "VideoTemplate",
        "audio_template": "AudioTemplate",
        "tehd_config": "TEHDConfig",
        "enhance_config": "EnhanceConfig",
    }
    """Attribute name -> wire name, for every field."""

    definition: int | None = None
    """Unique ID of the transcoding template to modify.

    Required in requests.

    Wire name: ``Definition``.
    """

    container: str | None = None
    """Container format: mp4, flv, hls, mp3, flac, ogg, m4a or wav; the last five are audio-
    only.

    Known values (:class:`tencent_mps.enums.ModifyTranscodeTemplateRequestContainer`); others may appear:
    ``mp4``: mpeg-4 container
    ``flv``: flash video
    ``hls``: http live streaming
    ``mp3``: mp3 audio only
    ``flac``: flac audio only
    ``ogg``: ogg audio only
    ``m4a``: m4a audio only
    ``wav``: wav audio only

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
    """Whether to drop the video stream: 0 keeps it, 1 removes it.

    Known values; others may appear:
    ``0``: keep the video
    ``1``: remove the video

    Wire name: ``RemoveVideo``.
    """

    remove_audio: int | None = None
    """Whether to drop the audio stream: 0 keeps it, 1 removes it.

    Known values; others may appear:
    ``0``: keep the audio
    ``1``: remove the audio

    Wire name: ``RemoveAudio``.
    """

    video_template: models.VideoTemplateInfoForUpdate | None = None
    """Video stream settings to change.

    Wire name: ``VideoTemplate``.
    """

    audio_template: models.AudioTemplateInfoForUpdate | None = None
    """Audio stream settings to change.

    Wire name: ``AudioTemplate``.
    """

    tehd_config: models.TEHDConfigForUpdate | None = None
    """Top Speed Codec (TSC) transcoding settings to change.

    Wire name: ``TEHDConfig``.
    """

    enhance_config: models.EnhanceConfig | None = None
    """Audio and video enhancement settings.

    Wire name: ``EnhanceConfig``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModifyTranscodeTemplateRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Definition",
        "Container",
        "Name",
        "Comment",
        "RemoveVideo",
        "RemoveAudio",
        "VideoTemplate",
        "AudioTemplate",
        "TEHDConfig",
        "EnhanceConfig",
    }
)


def _structure(data: Any) -> ModifyTranscodeTemplateRequest:
    """Decode one ``ModifyTranscodeTemplateRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyTranscodeTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
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
            v = _S["VideoTemplateInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("VideoTemplate") from None
    o.video_template = v
    v = get("AudioTemplate")
    if v is not None:
        n += 1
        try:
            v = _S["AudioTemplateInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("AudioTemplate") from None
    o.audio_template = v
    v = get("TEHDConfig")
    if v is not None:
        n += 1
        try:
            v = _S["TEHDConfigForUpdate"](v)
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ModifyTranscodeTemplateRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is not None:
        d["Definition"] = v
    v = o.container
    if v is not None:
        d["Container"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.comment
    if v is not None:
        d["Comment"] = v
    v = o.remove_video
    if v is not None:
        d["RemoveVideo"] = v
    v = o.remove_audio
    if v is not None:
        d["RemoveAudio"] = v
    v = o.video_template
    if v is not None:
        d["VideoTemplate"] = _d.wire(v)
    v = o.audio_template
    if v is not None:
        d["AudioTemplate"] = _d.wire(v)
    v = o.tehd_config
    if v is not None:
        d["TEHDConfig"] = _d.wire(v)
    v = o.enhance_config
    if v is not None:
        d["EnhanceConfig"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ModifyTranscodeTemplateRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ModifyTranscodeTemplateRequest:
        o = _e.as_model(o, ModifyTranscodeTemplateRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is None:
        raise _e.missing("Definition", "an integer")
    if type(v) is not int:
        v = _e.as_int("Definition", v)
    d["Definition"] = v
    v = o.container
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Container", v)
        d["Container"] = v
    v = o.name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Name", v)
        d["Name"] = v
    v = o.comment
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Comment", v)
        d["Comment"] = v
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
    v = o.video_template
    if v is not None:
        try:
            d["VideoTemplate"] = _R["VideoTemplateInfoForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("VideoTemplate") from None
    v = o.audio_template
    if v is not None:
        try:
            d["AudioTemplate"] = _R["AudioTemplateInfoForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("AudioTemplate") from None
    v = o.tehd_config
    if v is not None:
        try:
            d["TEHDConfig"] = _R["TEHDConfigForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("TEHDConfig") from None
    v = o.enhance_config
    if v is not None:
        try:
            d["EnhanceConfig"] = _R["EnhanceConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("EnhanceConfig") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
