# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateAigcAudioTaskRequest`` (sent in requests)."""

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
class CreateAigcAudioTaskRequest(Model):
    """Request of CreateAigcAudioTask: the model, prompt and reference material for AI audio
    (music) generation.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "model_name": "ModelName",
        "model_version": "ModelVersion",
        "scene_type": "SceneType",
        "prompt": "Prompt",
        "video_infos": "VideoInfos",
        "audio_infos": "AudioInfos",
        "store_cos_param": "StoreCosParam",
        "extra_parameters": "ExtraParameters",
        "additional_parameters": "AdditionalParameters",
        "operator": "Operator",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "[AigcAudioReferenceVideoInfo",
        "[AigcAudioReferenceAudioInfo",
        "AigcStoreCosParam",
        "AigcAudioExtraParam",
        "str",
        "str",
    )

    model_name: str | None = None
    """Model to use for music generation: GL, MiniMaxMusic, EL or Mureka.

    Wire name: ``ModelName``.
    """

    model_version: str | None = None
    """Specific model version; defaults to the current stable version. GL: 3.0-clip, 3.0-pro;
    MiniMaxMusic: 2.0, 2.5, 2.6, 3.0; EL: compose_v2, sound_t2s_v2; Mureka: song_8, song_9,
    song_9.5, instrumental_8, instrumental_9, instrumental_9.5.

    Wire name: ``ModelVersion``.
    """

    scene_type: str | None = None
    """Generation scenario; music for music generation.

    Wire name: ``SceneType``.
    """

    prompt: str | None = None
    """Description of the music to generate, at most 2000 characters.

    Wire name: ``Prompt``.
    """

    video_infos: list[models.AigcAudioReferenceVideoInfo] | None = None
    """Reference videos, supported by some models only: Kling for video-to-sound-effects and EL
    for adding background music to a video.

    Wire name: ``VideoInfos``.
    """

    audio_infos: list[models.AigcAudioReferenceAudioInfo] | None = None
    """Reference audio, for example for the cover feature of MiniMaxMusic when generating music
    from input audio.

    Wire name: ``AudioInfos``.
    """

    store_cos_param: models.AigcStoreCosParam | None = None
    """COS bucket to store the result files in; COS must be activated and the MPS_QcsRole role
    created and authorized.

    Wire name: ``StoreCosParam``.
    """

    extra_parameters: models.AigcAudioExtraParam | None = None
    """Additional required parameters, such as the output audio format.

    Wire name: ``ExtraParameters``.
    """

    additional_parameters: str | None = None
    """Model-specific parameters as a JSON-serialized string. MiniMaxMusic accepts lyrics,
    is_instrumental, aigc_watermark, sample_rate and bitrate; EL accepts PromptInfluence,
    WithTimestamps, CompositionPlan, ForceInstrumental and others; Mureka accepts n (number
    of output files), plus lyrics, gender, reference_id and melody_id for non-instrumental
    versions or instrumental_id for instrumental versions.

    Wire name: ``AdditionalParameters``.
    """

    operator: str | None = None
    """Name of the operator calling the API.

    Wire name: ``Operator``.
    """


_KNOWN = frozenset(CreateAigcAudioTaskRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateAigcAudioTaskRequest:
    """Decode one ``CreateAigcAudioTaskRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateAigcAudioTaskRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ModelName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ModelName", "a string", v)
    o.model_name = v
    v = get("ModelVersion")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ModelVersion", "a string", v)
    o.model_version = v
    v = get("SceneType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SceneType", "a string", v)
    o.scene_type = v
    v = get("Prompt")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Prompt", "a string", v)
    o.prompt = v
    v = get("VideoInfos")
    if v is not None:
        n += 1
        v = _d.objects("VideoInfos", v, _S["AigcAudioReferenceVideoInfo"])
    o.video_infos = v
    v = get("AudioInfos")
    if v is not None:
        n += 1
        v = _d.objects("AudioInfos", v, _S["AigcAudioReferenceAudioInfo"])
    o.audio_infos = v
    v = get("StoreCosParam")
    if v is not None:
        n += 1
        try:
            v = _S["AigcStoreCosParam"](v)
        except DecodeError as e:
            raise e.with_prefix("StoreCosParam") from None
    o.store_cos_param = v
    v = get("ExtraParameters")
    if v is not None:
        n += 1
        try:
            v = _S["AigcAudioExtraParam"](v)
        except DecodeError as e:
            raise e.with_prefix("ExtraParameters") from None
    o.extra_parameters = v
    v = get("AdditionalParameters")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AdditionalParameters", "a string", v)
    o.additional_parameters = v
    v = get("Operator")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Operator", "a string", v)
    o.operator = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateAigcAudioTaskRequest, _structure)
