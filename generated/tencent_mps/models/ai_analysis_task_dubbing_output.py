# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiAnalysisTaskDubbingOutput``."""

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
class AiAnalysisTaskDubbingOutput(Model):
    """Output of a video dubbing (translation and voice-over) task, including the dubbed video,
    speaker marker file and voice information.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "video_path": "VideoPath",
        "speaker_path": "SpeakerPath",
        "voice_id": "VoiceId",
        "output_storage": "OutputStorage",
        "extra_output": "ExtraOutput",
        "video_file_id": "VideoFileId",
        "speaker_file_id": "SpeakerFileId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "TaskOutputStorage",
        "str",
        "str",
        "str",
    )

    video_path: str | None = None
    """Path of the dubbed video.

    Wire name: ``VideoPath``.
    """

    speaker_path: str | None = None
    """Path of the speaker marker file.

    Wire name: ``SpeakerPath``.
    """

    voice_id: str | None = None
    """ID of the voice (timbre) used for dubbing.

    Wire name: ``VoiceId``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Storage location of the dubbed video.

    Wire name: ``OutputStorage``.
    """

    extra_output: str | None = None
    """Additional results as a JSON string; currently includes the URL of the subtitle file.

    Wire name: ``ExtraOutput``.
    """

    video_file_id: str | None = None
    """File ID of the dubbed video.

    Wire name: ``VideoFileId``.
    """

    speaker_file_id: str | None = None
    """File ID of the speaker marker file.

    Wire name: ``SpeakerFileId``.
    """


_KNOWN = frozenset(AiAnalysisTaskDubbingOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiAnalysisTaskDubbingOutput:
    """Decode one ``AiAnalysisTaskDubbingOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiAnalysisTaskDubbingOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("VideoPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoPath", "a string", v)
    o.video_path = v
    v = get("SpeakerPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SpeakerPath", "a string", v)
    o.speaker_path = v
    v = get("VoiceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VoiceId", "a string", v)
    o.voice_id = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    v = get("ExtraOutput")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ExtraOutput", "a string", v)
    o.extra_output = v
    v = get("VideoFileId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoFileId", "a string", v)
    o.video_file_id = v
    v = get("SpeakerFileId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SpeakerFileId", "a string", v)
    o.speaker_file_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiAnalysisTaskDubbingOutput, _structure)
