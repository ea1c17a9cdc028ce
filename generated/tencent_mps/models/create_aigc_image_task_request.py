# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateAigcImageTaskRequest`` (sent in requests)."""

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
class CreateAigcImageTaskRequest(Model):
    """Request of CreateAigcImageTask: the model, prompt, reference images and output settings for
    image generation.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "model_name": "ModelName",
        "model_version": "ModelVersion",
        "scene_type": "SceneType",
        "prompt": "Prompt",
        "negative_prompt": "NegativePrompt",
        "enhance_prompt": "EnhancePrompt",
        "image_infos": "ImageInfos",
        "output_image_count": "OutputImageCount",
        "extra_parameters": "ExtraParameters",
        "additional_parameters": "AdditionalParameters",
        "store_cos_param": "StoreCosParam",
        "operator": "Operator",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "bool",
        "[AigcImageInfo",
        "int",
        "AigcImageExtraParam",
        "str",
        "AigcStoreCosParam",
        "str",
    )

    model_name: str | None = None
    """Model to use: Hunyuan, Qwen, Vidu, Kling or wand-vega-image.

    Wire name: ``ModelName``.
    """

    model_version: str | None = None
    """Specific model version; defaults to the current stable version. Hunyuan: 3.5-preview,
    3.0; Vidu: q2; Kling: 2.1, O1, 3.0, 3.0-Omni; Qwen: 0925; wand-vega-image: 1.0-lite,
    1.0-flash, 1.0-pro.

    Wire name: ``ModelVersion``.
    """

    scene_type: str | None = None
    """Scenario-specific generation, supported by some models only; 3d_panorama produces a
    panorama (Hunyuan only).

    Known values (:class:`tencent_mps.enums.CreateAigcImageTaskRequestSceneType`); others may appear:
    ``3d_panorama``: panorama image, hunyuan only

    Wire name: ``SceneType``.
    """

    prompt: str | None = None
    """Description of the image to generate; required when no reference image is given.

    Wire name: ``Prompt``.
    """

    negative_prompt: str | None = None
    """What the model should avoid generating, for example top lighting or bright colors.
    Supported by some models only.

    Wire name: ``NegativePrompt``.
    """

    enhance_prompt: bool | None = None
    """Whether to automatically refine the prompt to improve quality. Defaults to false, in
    which case the model follows the prompt strictly.

    Wire name: ``EnhancePrompt``.
    """

    image_infos: list[models.AigcImageInfo] | None = None
    """Reference images; one by default. Multi-image limits: Kling 2.1 up to 4, Kling 3.0-Omni
    and O1 up to 10, Vidu q2 up to 7, Hunyuan 3.5-preview up to 5 and 3.0 up to 3, wand-
    vega-image up to 10 of at most 20 MB each. Images under 7 MB are recommended; jpeg, png
    and webp are supported.

    Wire name: ``ImageInfos``.
    """

    output_image_count: int | None = None
    """Number of images to output; currently 1 by default.

    Wire name: ``OutputImageCount``.
    """

    extra_parameters: models.AigcImageExtraParam | None = None
    """Additional model parameters such as aspect ratio, resolution and output format.

    Wire name: ``ExtraParameters``.
    """

    additional_parameters: str | None = None
    """Model-specific parameters as a JSON-serialized string, for example {"size":"1024x1024"}.
    Hunyuan 3.0 allows a free width and height, each within [512, 2048] pixels with width x
    height at most 1024x1024; Qwen 0925 allows a total pixel count within [512x512,
    2048x2048].

    Wire name: ``AdditionalParameters``.
    """

    store_cos_param: models.AigcStoreCosParam | None = None
    """COS bucket to store the result files in; COS must be activated and the MPS_QcsRole role
    created and authorized.

    Wire name: ``StoreCosParam``.
    """

    operator: str | None = None
    """Name of the operator calling the API.

    Wire name: ``Operator``.
    """


_KNOWN = frozenset(CreateAigcImageTaskRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateAigcImageTaskRequest:
    """Decode one ``CreateAigcImageTaskRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateAigcImageTaskRequest)
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
    v = get("ImageInfos")
    if v is not None:
        n += 1
        v = _d.objects("ImageInfos", v, _S["AigcImageInfo"])
    o.image_infos = v
    v = get("OutputImageCount")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("OutputImageCount", "an integer", v)
    o.output_image_count = v
    v = get("ExtraParameters")
    if v is not None:
        n += 1
        try:
            v = _S["AigcImageExtraParam"](v)
        except DecodeError as e:
            raise e.with_prefix("ExtraParameters") from None
    o.extra_parameters = v
    v = get("AdditionalParameters")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AdditionalParameters", "a string", v)
    o.additional_parameters = v
    v = get("StoreCosParam")
    if v is not None:
        n += 1
        try:
            v = _S["AigcStoreCosParam"](v)
        except DecodeError as e:
            raise e.with_prefix("StoreCosParam") from None
    o.store_cos_param = v
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


bind(CreateAigcImageTaskRequest, _structure)
