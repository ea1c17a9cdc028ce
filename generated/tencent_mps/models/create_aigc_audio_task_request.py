# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateAigcAudioTaskRequest``: the model and its codecs."""

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
class CreateAigcAudioTaskRequest:
    """Request of CreateAigcAudioTask: the model, prompt and reference material for AI audio
    (music) generation.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateAigcAudioTaskRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ModelName",
        "ModelVersion",
        "SceneType",
        "Prompt",
        "VideoInfos",
        "AudioInfos",
        "StoreCosParam",
        "ExtraParameters",
        "AdditionalParameters",
        "Operator",
    }
)


def _structure(data: Any) -> CreateAigcAudioTaskRequest:
    """Decode one ``CreateAigcAudioTaskRequest`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("VideoInfos", "an array", v)
        if v:
            f = _S["AigcAudioReferenceVideoInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("VideoInfos", v, f) from None
        else:
            v = []
    o.video_infos = v
    v = get("AudioInfos")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("AudioInfos", "an array", v)
        if v:
            f = _S["AigcAudioReferenceAudioInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("AudioInfos", v, f) from None
        else:
            v = []
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


def _unstructure(o: CreateAigcAudioTaskRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.model_name
    if v is not None:
        d["ModelName"] = v
    v = o.model_version
    if v is not None:
        d["ModelVersion"] = v
    v = o.scene_type
    if v is not None:
        d["SceneType"] = v
    v = o.prompt
    if v is not None:
        d["Prompt"] = v
    v = o.video_infos
    if v is not None:
        d["VideoInfos"] = [_d.wire(x) for x in v]
    v = o.audio_infos
    if v is not None:
        d["AudioInfos"] = [_d.wire(x) for x in v]
    v = o.store_cos_param
    if v is not None:
        d["StoreCosParam"] = _d.wire(v)
    v = o.extra_parameters
    if v is not None:
        d["ExtraParameters"] = _d.wire(v)
    v = o.additional_parameters
    if v is not None:
        d["AdditionalParameters"] = v
    v = o.operator
    if v is not None:
        d["Operator"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateAigcAudioTaskRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateAigcAudioTaskRequest:
        o = _e.as_model(o, CreateAigcAudioTaskRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.model_name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ModelName", v)
        d["ModelName"] = v
    v = o.model_version
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ModelVersion", v)
        d["ModelVersion"] = v
    v = o.scene_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SceneType", v)
        d["SceneType"] = v
    v = o.prompt
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Prompt", v)
        d["Prompt"] = v
    v = o.video_infos
    if v is not None:
        d["VideoInfos"] = _e.models("VideoInfos", v, _R["AigcAudioReferenceVideoInfo"])
    v = o.audio_infos
    if v is not None:
        d["AudioInfos"] = _e.models("AudioInfos", v, _R["AigcAudioReferenceAudioInfo"])
    v = o.store_cos_param
    if v is not None:
        try:
            d["StoreCosParam"] = _R["AigcStoreCosParam"](v)
        except ValidationError as e:
            raise e.with_prefix("StoreCosParam") from None
    v = o.extra_parameters
    if v is not None:
        try:
            d["ExtraParameters"] = _R["AigcAudioExtraParam"](v)
        except ValidationError as e:
            raise e.with_prefix("ExtraParameters") from None
    v = o.additional_parameters
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AdditionalParameters", v)
        d["AdditionalParameters"] = v
    v = o.operator
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Operator", v)
        d["Operator"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
