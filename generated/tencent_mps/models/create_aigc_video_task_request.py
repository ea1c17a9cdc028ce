# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateAigcVideoTaskRequest`` (sent in requests)."""

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
class CreateAigcVideoTaskRequest(Model):
    """Request of CreateAigcVideoTask: the model, prompt, reference images, videos, audio and
    subjects for video generation.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "model_name": "ModelName",
        "model_version": "ModelVersion",
        "scene_type": "SceneType",
        "prompt": "Prompt",
        "negative_prompt": "NegativePrompt",
        "enhance_prompt": "EnhancePrompt",
        "image_url": "ImageUrl",
        "last_image_url": "LastImageUrl",
        "image_infos": "ImageInfos",
        "video_infos": "VideoInfos",
        "audio_infos": "AudioInfos",
        "subject_infos": "SubjectInfos",
        "duration": "Duration",
        "extra_parameters": "ExtraParameters",
        "store_cos_param": "StoreCosParam",
        "additional_parameters": "AdditionalParameters",
        "operator": "Operator",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "bool",
        "str",
        "str",
        "[AigcVideoReferenceImageInfo",
        "[AigcVideoReferenceVideoInfo",
        "[AigcVideoReferenceAudioInfo",
        "[AigcVideoReferenceSubjectInfo",
        "int",
        "AigcVideoExtraParam",
        "AigcStoreCosParam",
        "str",
        "str",
    )

    model_name: str | None = None
    """Model to use: Hunyuan, wand-vega-video, Hailuo, Kling, Vidu, PixVerse, Mingmou or H2.

    Known values (:class:`tencent_mps.enums.CreateAigcVideoTaskRequestModelName`); others may appear:
    ``Hunyuan``: tencent hunyuan model
    ``wand-vega-video``: wand-vega-video model
    ``Hailuo``: hailuo model
    ``Kling``: kling model
    ``Vidu``: vidu model
    ``PixVerse``: pixverse model
    ``Mingmou``: mingmou model
    ``H2``: h2 model

    Wire name: ``ModelName``.
    """

    model_version: str | None = None
    """Specific model version; defaults to the current stable version. Hunyuan: 1.5; wand-vega-
    video: 1.0-lite; Hailuo: 02, 2.3, 2.3-fast; Kling: 1.6, 2.0, 2.1, 2.5, O1, 2.6, 3.0,
    3.0-Omni; Vidu: q2, q2-pro, q2-turbo, q3-pro, q3-turbo, q3, q3-mix; PixVerse: v5.6, v6,
    c1; H2: 1.0.

    Wire name: ``ModelVersion``.
    """

    scene_type: str | None = None
    """Generation scenario, supported by some models only. Kling: motion_control, avatar_i2v
    (digital human), lip_sync; Mingmou: land2port (landscape to portrait); Vidu:
    template_effect; Hunyuan: 3d_scene (3D world model, output is not a video).

    Wire name: ``SceneType``.
    """

    prompt: str | None = None
    """Description of the video to generate; required when no image is given.

    Wire name: ``Prompt``.
    """

    negative_prompt: str | None = None
    """What the model should avoid generating, for example top lighting, people or animals.
    Supported by some models only.

    Wire name: ``NegativePrompt``.
    """

    enhance_prompt: bool | None = None
    """Whether to automatically refine the prompt to improve quality. Defaults to false, in
    which case the model follows the prompt strictly.

    Wire name: ``EnhancePrompt``.
    """

    image_url: str | None = None
    """URL of the image that guides generation, reachable from the public internet. jpeg and
    png are supported; under 10 MB is recommended, limits vary by model.

    Wire name: ``ImageUrl``.
    """

    last_image_url: str | None = None
    """URL of an image used as the last frame of the video. Supported by Kling 2.0, O1, 3.0 and
    3.0-Omni (and 1.6, 2.1, 2.5, 2.6 at 1080P), Vidu q2-pro, q2-turbo, q3-pro and q3-turbo,
    PixVerse v5.6, v6 and c1, Hailuo 02 and wand-vega-video 1.0-lite. jpeg and png; under 10
    MB recommended.

    Wire name: ``LastImageUrl``.
    """

    image_infos: list[models.AigcVideoReferenceImageInfo] | None = None
    """Several reference images for multi-image video generation, each at most 10 MB, jpeg or
    png. Vidu q2, q2-pro, q3-turbo, q3, q3-mix: 1-7 images; wand-vega-video 1.0-lite: up to
    9; Kling 1.6: 1-4, Kling O1 and 3.0-Omni: 1-7 (0-4 with a reference video); PixVerse
    v5.6, v6, c1: 1-7, named through Text; H2 1.0: 1-9 (0-5 with a reference video).

    Wire name: ``ImageInfos``.
    """

    video_infos: list[models.AigcVideoReferenceVideoInfo] | None = None
    """Reference videos, currently supported only by Kling O1 and 3.0-Omni (as feature
    reference or video to edit, optionally keeping the original sound), Vidu q2-pro and H2
    1.0.

    Wire name: ``VideoInfos``.
    """

    audio_infos: list[models.AigcVideoReferenceAudioInfo] | None = None
    """Reference audio passed by URL; supported by some models.

    Wire name: ``AudioInfos``.
    """

    subject_infos: list[models.AigcVideoReferenceSubjectInfo] | None = None
    """Reference subjects to appear in the video.

    Wire name: ``SubjectInfos``.
    """

    duration: int | None = None
    """Length of the generated video in seconds. Kling: default 5; O1 3-10, 3.0-Omni 3-15 (3-10
    with a reference video), 3.0 3-15, other versions 5 or 10. wand-vega-video 1.0-lite:
    4-15. Hailuo: 6 (default) or 10 in std mode. Vidu: default 5; q3 series 3-16, q2 series
    1-10. PixVerse: default 5; v5.6 5, 8 or 10, v6 and c1 1-15. H2: 3-15, default 5.

    Wire name: ``Duration``.
    """

    extra_parameters: models.AigcVideoExtraParam | None = None
    """Additional parameters such as resolution, aspect ratio and audio options.

    Wire name: ``ExtraParameters``.
    """

    store_cos_param: models.AigcStoreCosParam | None = None
    """COS bucket to store the result files in; COS must be activated and the MPS_QcsRole role
    created and authorized.

    Wire name: ``StoreCosParam``.
    """

    additional_parameters: str | None = None
    """Model-specific parameters or per-shot prompts as a JSON-serialized string, for example
    {"camera_control":{"type":"simple"}}.

    Wire name: ``AdditionalParameters``.
    """

    operator: str | None = None
    """Name of the operator calling the API.

    Wire name: ``Operator``.
    """


_KNOWN = frozenset(CreateAigcVideoTaskRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateAigcVideoTaskRequest:
    """Decode one ``CreateAigcVideoTaskRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateAigcVideoTaskRequest)
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
    v = get("NegativePrompt")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("NegativePrompt", "a string", v)
    o.negative_prompt = v
    v = get("EnhancePrompt")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("EnhancePrompt", "a boolean", v)
    o.enhance_prompt = v
    v = get("ImageUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ImageUrl", "a string", v)
    o.image_url = v
    v = get("LastImageUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("LastImageUrl", "a string", v)
    o.last_image_url = v
    v = get("ImageInfos")
    if v is not None:
        n += 1
        v = _d.objects("ImageInfos", v, _S["AigcVideoReferenceImageInfo"])
    o.image_infos = v
    v = get("VideoInfos")
    if v is not None:
        n += 1
        v = _d.objects("VideoInfos", v, _S["AigcVideoReferenceVideoInfo"])
    o.video_infos = v
    v = get("AudioInfos")
    if v is not None:
        n += 1
        v = _d.objects("AudioInfos", v, _S["AigcVideoReferenceAudioInfo"])
    o.audio_infos = v
    v = get("SubjectInfos")
    if v is not None:
        n += 1
        v = _d.objects("SubjectInfos", v, _S["AigcVideoReferenceSubjectInfo"])
    o.subject_infos = v
    v = get("Duration")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Duration", "an integer", v)
    o.duration = v
    v = get("ExtraParameters")
    if v is not None:
        n += 1
        try:
            v = _S["AigcVideoExtraParam"](v)
        except DecodeError as e:
            raise e.with_prefix("ExtraParameters") from None
    o.extra_parameters = v
    v = get("StoreCosParam")
    if v is not None:
        n += 1
        try:
            v = _S["AigcStoreCosParam"](v)
        except DecodeError as e:
            raise e.with_prefix("StoreCosParam") from None
    o.store_cos_param = v
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


bind(CreateAigcVideoTaskRequest, _structure)
