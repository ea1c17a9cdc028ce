# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiAnalysisTaskDubbingOutput``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiAnalysisTaskDubbingOutput:
    """Output of a video dubbing (translation and voice-over) task, including the dubbed video,
    speaker marker file and voice information.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiAnalysisTaskDubbingOutput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "VideoPath",
        "SpeakerPath",
        "VoiceId",
        "OutputStorage",
        "ExtraOutput",
        "VideoFileId",
        "SpeakerFileId",
    }
)


def _structure(data: Any) -> AiAnalysisTaskDubbingOutput:
    """Decode one ``AiAnalysisTaskDubbingOutput`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: AiAnalysisTaskDubbingOutput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.video_path
    if v is not None:
        d["VideoPath"] = v
    v = o.speaker_path
    if v is not None:
        d["SpeakerPath"] = v
    v = o.voice_id
    if v is not None:
        d["VoiceId"] = v
    v = o.output_storage
    if v is not None:
        d["OutputStorage"] = _d.wire(v)
    v = o.extra_output
    if v is not None:
        d["ExtraOutput"] = v
    v = o.video_file_id
    if v is not None:
        d["VideoFileId"] = v
    v = o.speaker_file_id
    if v is not None:
        d["SpeakerFileId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
