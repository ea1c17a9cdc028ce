# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateAigcImageTaskRequest``: the model and its codecs."""

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
class CreateAigcImageTaskRequest:
    """Request of CreateAigcImageTask: the model, prompt, reference images and output settings for
    image generation.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateAigcImageTaskRequest:
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
        "NegativePrompt",
        "EnhancePrompt",
        "ImageInfos",
        "OutputImageCount",
        "ExtraParameters",
        "AdditionalParameters",
        "StoreCosParam",
        "Operator",
    }
)


def _structure(data: Any) -> CreateAigcImageTaskRequest:
    """Decode one ``CreateAigcImageTaskRequest`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("ImageInfos", "an array", v)
        if v:
            f = _S["AigcImageInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("ImageInfos", v, f) from None
        else:
            v = []
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


def _unstructure(o: CreateAigcImageTaskRequest) -> dict[str, Any]:
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
    v = o.negative_prompt
    if v is not None:
        d["NegativePrompt"] = v
    v = o.enhance_prompt
    if v is not None:
        d["EnhancePrompt"] = v
    v = o.image_infos
    if v is not None:
        d["ImageInfos"] = [_d.wire(x) for x in v]
    v = o.output_image_count
    if v is not None:
        d["OutputImageCount"] = v
    v = o.extra_parameters
    if v is not None:
        d["ExtraParameters"] = _d.wire(v)
    v = o.additional_parameters
    if v is not None:
        d["AdditionalParameters"] = v
    v = o.store_cos_param
    if v is not None:
        d["StoreCosParam"] = _d.wire(v)
    v = o.operator
    if v is not None:
        d["Operator"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateAigcImageTaskRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateAigcImageTaskRequest:
        o = _e.as_model(o, CreateAigcImageTaskRequest)
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
    v = o.negative_prompt
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("NegativePrompt", v)
        d["NegativePrompt"] = v
    v = o.enhance_prompt
    if v is not None:
        if type(v) is not bool:
            raise _e.wrong_type("EnhancePrompt", "a boolean", v)
        d["EnhancePrompt"] = v
    v = o.image_infos
    if v is not None:
        d["ImageInfos"] = _e.models("ImageInfos", v, _R["AigcImageInfo"])
    v = o.output_image_count
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("OutputImageCount", v)
        d["OutputImageCount"] = v
    v = o.extra_parameters
    if v is not None:
        try:
            d["ExtraParameters"] = _R["AigcImageExtraParam"](v)
        except ValidationError as e:
            raise e.with_prefix("ExtraParameters") from None
    v = o.additional_parameters
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AdditionalParameters", v)
        d["AdditionalParameters"] = v
    v = o.store_cos_param
    if v is not None:
        try:
            d["StoreCosParam"] = _R["AigcStoreCosParam"](v)
        except ValidationError as e:
            raise e.with_prefix("StoreCosParam") from None
    v = o.operator
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Operator", v)
        d["Operator"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
