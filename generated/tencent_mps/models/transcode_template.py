# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TranscodeTemplate``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TranscodeTemplate(Model):
    """Details of a transcoding template, preset or custom."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "container": "Container",
        "name": "Name",
        "comment": "Comment",
        "type": "Type",
        "remove_video": "RemoveVideo",
        "remove_audio": "RemoveAudio",
        "video_template": "VideoTemplate",
        "audio_template": "AudioTemplate",
        "tehd_config": "TEHDConfig",
        "container_type": "ContainerType",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
        "enhance_config": "EnhanceConfig",
        "alias_name": "AliasName",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "int",
        "int",
        "VideoTemplateInfo",
        "AudioTemplateInfo",
        "TEHDConfig",
        "str",
        "datetime",
        "datetime",
        "EnhanceConfig",
        "str",
    )

    definition: str | None = None
    """Unique ID of the transcoding template.

    Wire name: ``Definition``.
    """

    container: str | None = None
    """Container format: mp4, flv, hls, mp3, flac or ogg.

    Known values (:class:`tencent_mps.enums.TranscodeTemplateContainer`); others may appear:
    ``mp4``: mpeg-4 container
    ``flv``: flash video
    ``hls``: http live streaming
    ``mp3``: mp3 audio
    ``flac``: flac audio
    ``ogg``: ogg audio

    Wire name: ``Container``.
    """

    name: str | None = None
    """Name of the transcoding template.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Free-text description of the template.

    Wire name: ``Comment``.
    """

    type: str | None = None
    """Template origin: Preset or Custom.

    Known values (:class:`tencent_mps.enums.AIAnalysisTemplateItemType`); others may appear:
    ``Preset``: system preset template
    ``Custom``: user-defined template

    Wire name: ``Type``.
    """

    remove_video: int | None = None
    """Whether the video stream is dropped: 0 keeps it, 1 removes it.

    Known values; others may appear:
    ``0``: video kept
    ``1``: video removed

    Wire name: ``RemoveVideo``.
    """

    remove_audio: int | None = None
    """Whether the audio stream is dropped: 0 keeps it, 1 removes it.

    Known values; others may appear:
    ``0``: audio kept
    ``1``: audio removed

    Wire name: ``RemoveAudio``.
    """

    video_template: models.VideoTemplateInfo | None = None
    """Video stream settings; meaningful only when RemoveVideo is 0.

    Wire name: ``VideoTemplate``.
    """

    audio_template: models.AudioTemplateInfo | None = None
    """Audio stream settings; meaningful only when RemoveAudio is 0.

    Wire name: ``AudioTemplate``.
    """

    tehd_config: models.TEHDConfig | None = None
    """Top Speed Codec (TSC) transcoding settings. May be null if unavailable.

    Wire name: ``TEHDConfig``.
    """

    container_type: str | None = None
    """Container kind: Video or PureAudio.

    Known values (:class:`tencent_mps.enums.DescribeTranscodeTemplatesRequestContainerType`); others may appear:
    ``Video``: container that can hold video and audio
    ``PureAudio``: audio-only container

    Wire name: ``ContainerType``.
    """

    create_time: datetime | None = None
    """Time the template was created, in ISO 8601 format.

    Wire name: ``CreateTime``.
    """

    update_time: datetime | None = None
    """Time the template was last modified, in ISO 8601 format.

    Wire name: ``UpdateTime``.
    """

    enhance_config: models.EnhanceConfig | None = None
    """Audio and video enhancement settings. May be null if unavailable.

    Wire name: ``EnhanceConfig``.
    """

    alias_name: str | None = None
    """Alias of the transcoding template. May be null if unavailable.

    Wire name: ``AliasName``.
    """


_KNOWN = frozenset(TranscodeTemplate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TranscodeTemplate:
    """Decode one ``TranscodeTemplate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TranscodeTemplate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Definition", "a string", v)
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
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
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
    v = get("ContainerType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ContainerType", "a string", v)
    o.container_type = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        v = _t.decode("CreateTime", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        v = _t.decode("UpdateTime", v)
    o.update_time = v
    v = get("EnhanceConfig")
    if v is not None:
        n += 1
        try:
            v = _S["EnhanceConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("EnhanceConfig") from None
    o.enhance_config = v
    v = get("AliasName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AliasName", "a string", v)
    o.alias_name = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(TranscodeTemplate, _structure)
