# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AIDubbingTaskOutput``."""

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
class AIDubbingTaskOutput(Model):
    """Output of an AI dubbing task: paths and file IDs of the dubbed video, extracted and
    translated subtitles, dubbed audio and related files.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "origin_subtitle_path": "OriginSubtitlePath",
        "translate_subtitle_path": "TranslateSubtitlePath",
        "voice_cloned_video": "VoiceClonedVideo",
        "voice_cloned_mark_file": "VoiceClonedMarkFile",
        "video_path": "VideoPath",
        "origin_subtitle_file_id": "OriginSubtitleFileId",
        "translate_subtitle_file_id": "TranslateSubtitleFileId",
        "speaker_path": "SpeakerPath",
        "speaker_file_id": "SpeakerFileId",
        "erase_video_file_id": "EraseVideoFileId",
        "erase_video_path": "EraseVideoPath",
        "dst_audio_path": "DstAudioPath",
        "dst_audio_file_id": "DstAudioFileId",
        "dubbing_edit_info_url": "DubbingEditInfoUrl",
        "subtitle_pos": "SubtitlePos",
        "output_storage": "OutputStorage",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "SubtitlePosition",
        "TaskOutputStorage",
    )

    origin_subtitle_path: str | None = None
    """Storage path of the subtitle file extracted from the video frames.

    Wire name: ``OriginSubtitlePath``.
    """

    translate_subtitle_path: str | None = None
    """Storage path of the translated version of the subtitles extracted from the video frames.

    Wire name: ``TranslateSubtitlePath``.
    """

    voice_cloned_video: str | None = None
    """Path of the video dubbed with the cloned voice.

    Wire name: ``VoiceClonedVideo``.
    """

    voice_cloned_mark_file: str | None = None
    """Path of the annotation file produced by voice cloning.

    Wire name: ``VoiceClonedMarkFile``.
    """

    video_path: str | None = None
    """Storage path of the output video.

    Wire name: ``VideoPath``.
    """

    origin_subtitle_file_id: str | None = None
    """File ID of the subtitle file extracted from the video frames.

    Wire name: ``OriginSubtitleFileId``.
    """

    translate_subtitle_file_id: str | None = None
    """File ID of the translated version of the subtitles extracted from the video frames.

    Wire name: ``TranslateSubtitleFileId``.
    """

    speaker_path: str | None = None
    """Storage path of the speaker annotation file.

    Wire name: ``SpeakerPath``.
    """

    speaker_file_id: str | None = None
    """File ID of the speaker annotation file.

    Wire name: ``SpeakerFileId``.
    """

    erase_video_file_id: str | None = None
    """File ID of the video with the original subtitles erased.

    Wire name: ``EraseVideoFileId``.
    """

    erase_video_path: str | None = None
    """Storage path of the video with the original subtitles erased.

    Wire name: ``EraseVideoPath``.
    """

    dst_audio_path: str | None = None
    """Storage path of the dubbed target-language audio file.

    Wire name: ``DstAudioPath``.
    """

    dst_audio_file_id: str | None = None
    """File ID of the dubbed target-language audio file.

    Wire name: ``DstAudioFileId``.
    """

    dubbing_edit_info_url: str | None = None
    """URL of the voice cloning edit information file, used to make later revisions to the
    cloned dubbing.

    Wire name: ``DubbingEditInfoUrl``.
    """

    subtitle_pos: models.SubtitlePosition | None = None
    """Position of the erased subtitles; only returned when subtitles are extracted and
    subtitle position output is enabled. May be null.

    Wire name: ``SubtitlePos``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Storage location of the files produced by the AI dubbing task.

    Wire name: ``OutputStorage``.
    """


_KNOWN = frozenset(AIDubbingTaskOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AIDubbingTaskOutput:
    """Decode one ``AIDubbingTaskOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AIDubbingTaskOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("OriginSubtitlePath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OriginSubtitlePath", "a string", v)
    o.origin_subtitle_path = v
    v = get("TranslateSubtitlePath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TranslateSubtitlePath", "a string", v)
    o.translate_subtitle_path = v
    v = get("VoiceClonedVideo")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VoiceClonedVideo", "a string", v)
    o.voice_cloned_video = v
    v = get("VoiceClonedMarkFile")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VoiceClonedMarkFile", "a string", v)
    o.voice_cloned_mark_file = v
    v = get("VideoPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoPath", "a string", v)
    o.video_path = v
    v = get("OriginSubtitleFileId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OriginSubtitleFileId", "a string", v)
    o.origin_subtitle_file_id = v
    v = get("TranslateSubtitleFileId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TranslateSubtitleFileId", "a string", v)
    o.translate_subtitle_file_id = v
    v = get("SpeakerPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SpeakerPath", "a string", v)
    o.speaker_path = v
    v = get("SpeakerFileId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SpeakerFileId", "a string", v)
    o.speaker_file_id = v
    v = get("EraseVideoFileId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EraseVideoFileId", "a string", v)
    o.erase_video_file_id = v
    v = get("EraseVideoPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EraseVideoPath", "a string", v)
    o.erase_video_path = v
    v = get("DstAudioPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("DstAudioPath", "a string", v)
    o.dst_audio_path = v
    v = get("DstAudioFileId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("DstAudioFileId", "a string", v)
    o.dst_audio_file_id = v
    v = get("DubbingEditInfoUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("DubbingEditInfoUrl", "a string", v)
    o.dubbing_edit_info_url = v
    v = get("SubtitlePos")
    if v is not None:
        n += 1
        try:
            v = _S["SubtitlePosition"](v)
        except DecodeError as e:
            raise e.with_prefix("SubtitlePos") from None
    o.subtitle_pos = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AIDubbingTaskOutput, _structure)
