# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageTaskInput``: the model and its codecs."""

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
class ImageTaskInput:
    """Processing settings of an image task, grouping encoding, enhancement, erasing, watermarking,
    beauty and AI features.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "encode_config": "EncodeConfig",
        "enhance_config": "EnhanceConfig",
        "erase_config": "EraseConfig",
        "blind_watermark_config": "BlindWatermarkConfig",
        "beauty_config": "BeautyConfig",
        "transform_config": "TransformConfig",
        "ai_try_on_config": "AiTryOnConfig",
        "ai_poster_suite_config": "AiPosterSuiteConfig",
        "create_image_config": "CreateImageConfig",
        "ai_cutout_config": "AiCutoutConfig",
        "ai_expansion_config": "AiExpansionConfig",
        "ai_storyboard_config": "AiStoryboardConfig",
        "understand_image_config": "UnderstandImageConfig",
        "image_quality_config": "ImageQualityConfig",
        "ai_compose_config": "AiComposeConfig",
        "ai_decompose_config": "AiDecomposeConfig",
    }
    """Attribute name -> wire name, for every field."""

    encode_config: models.ImageEncodeConfig | None = None
    """Image encoding settings. May be null if unavailable.

    Wire name: ``EncodeConfig``.
    """

    enhance_config: models.ImageEnhanceConfig | None = None
    """Image enhancement settings. May be null if unavailable.

    Wire name: ``EnhanceConfig``.
    """

    erase_config: models.ImageEraseConfig | None = None
    """Image erasing settings. May be null if unavailable.

    Wire name: ``EraseConfig``.
    """

    blind_watermark_config: models.BlindWatermarkConfig | None = None
    """Blind (invisible) watermark settings. May be null if unavailable.

    Wire name: ``BlindWatermarkConfig``.
    """

    beauty_config: models.BeautyConfig | None = None
    """Beauty filter settings.

    Wire name: ``BeautyConfig``.
    """

    transform_config: models.ImageTransformConfig | None = None
    """Basic image transformation settings, such as resizing.

    Wire name: ``TransformConfig``.
    """

    ai_try_on_config: models.AiTryOnConfig | None = None
    """Settings for AI virtual clothing try-on.

    Wire name: ``AiTryOnConfig``.
    """

    ai_poster_suite_config: models.AiPosterSuiteConfig | None = None
    """Settings for generating an AI poster image set.

    Wire name: ``AiPosterSuiteConfig``.
    """

    create_image_config: models.CreateImageConfig | None = None
    """Settings for an image generation task.

    Wire name: ``CreateImageConfig``.
    """

    ai_cutout_config: models.AiCutoutConfig | None = None
    """Settings for AI cutout (subject extraction).

    Wire name: ``AiCutoutConfig``.
    """

    ai_expansion_config: models.AiExpansionConfig | None = None
    """Settings for AI image expansion (outpainting).

    Wire name: ``AiExpansionConfig``.
    """

    ai_storyboard_config: models.AiStoryboardConfig | None = None
    """Settings for AI storyboard breakdown.

    Wire name: ``AiStoryboardConfig``.
    """

    understand_image_config: models.UnderstandImageConfig | None = None
    """Settings for image understanding.

    Wire name: ``UnderstandImageConfig``.
    """

    image_quality_config: models.ImageQualityConfig | None = None
    """Settings for image quality assessment.

    Wire name: ``ImageQualityConfig``.
    """

    ai_compose_config: models.AiComposeConfig | None = None
    """Settings for layer composition (merging layers).

    Wire name: ``AiComposeConfig``.
    """

    ai_decompose_config: models.AiDecomposeConfig | None = None
    """Settings for layer decomposition (separating layers).

    Wire name: ``AiDecomposeConfig``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageTaskInput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "EncodeConfig",
        "EnhanceConfig",
        "EraseConfig",
        "BlindWatermarkConfig",
        "BeautyConfig",
        "TransformConfig",
        "AiTryOnConfig",
        "AiPosterSuiteConfig",
        "CreateImageConfig",
        "AiCutoutConfig",
        "AiExpansionConfig",
        "AiStoryboardConfig",
        "UnderstandImageConfig",
        "ImageQualityConfig",
        "AiComposeConfig",
        "AiDecomposeConfig",
    }
)


def _structure(data: Any) -> ImageTaskInput:
    """Decode one ``ImageTaskInput`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ImageTaskInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("EncodeConfig")
    if v is not None:
        n += 1
        try:
            v = _S["ImageEncodeConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("EncodeConfig") from None
    o.encode_config = v
    v = get("EnhanceConfig")
    if v is not None:
        n += 1
        try:
            v = _S["ImageEnhanceConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("EnhanceConfig") from None
    o.enhance_config = v
    v = get("EraseConfig")
    if v is not None:
        n += 1
        try:
            v = _S["ImageEraseConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("EraseConfig") from None
    o.erase_config = v
    v = get("BlindWatermarkConfig")
    if v is not None:
        n += 1
        try:
            v = _S["BlindWatermarkConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("BlindWatermarkConfig") from None
    o.blind_watermark_config = v
    v = get("BeautyConfig")
    if v is not None:
        n += 1
        try:
            v = _S["BeautyConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("BeautyConfig") from None
    o.beauty_config = v
    v = get("TransformConfig")
    if v is not None:
        n += 1
        try:
            v = _S["ImageTransformConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("TransformConfig") from None
    o.transform_config = v
    v = get("AiTryOnConfig")
    if v is not None:
        n += 1
        try:
            v = _S["AiTryOnConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("AiTryOnConfig") from None
    o.ai_try_on_config = v
    v = get("AiPosterSuiteConfig")
    if v is not None:
        n += 1
        try:
            v = _S["AiPosterSuiteConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("AiPosterSuiteConfig") from None
    o.ai_poster_suite_config = v
    v = get("CreateImageConfig")
    if v is not None:
        n += 1
        try:
            v = _S["CreateImageConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("CreateImageConfig") from None
    o.create_image_config = v
    v = get("AiCutoutConfig")
    if v is not None:
        n += 1
        try:
            v = _S["AiCutoutConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("AiCutoutConfig") from None
    o.ai_cutout_config = v
    v = get("AiExpansionConfig")
    if v is not None:
        n += 1
        try:
            v = _S["AiExpansionConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("AiExpansionConfig") from None
    o.ai_expansion_config = v
    v = get("AiStoryboardConfig")
    if v is not None:
        n += 1
        try:
            v = _S["AiStoryboardConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("AiStoryboardConfig") from None
    o.ai_storyboard_config = v
    v = get("UnderstandImageConfig")
    if v is not None:
        n += 1
        try:
            v = _S["UnderstandImageConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("UnderstandImageConfig") from None
    o.understand_image_config = v
    v = get("ImageQualityConfig")
    if v is not None:
        n += 1
        try:
            v = _S["ImageQualityConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("ImageQualityConfig") from None
    o.image_quality_config = v
    v = get("AiComposeConfig")
    if v is not None:
        n += 1
        try:
            v = _S["AiComposeConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("AiComposeConfig") from None
    o.ai_compose_config = v
    v = get("AiDecomposeConfig")
    if v is not None:
        n += 1
        try:
            v = _S["AiDecomposeConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("AiDecomposeConfig") from None
    o.ai_decompose_config = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ImageTaskInput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.encode_config
    if v is not None:
        d["EncodeConfig"] = _d.wire(v)
    v = o.enhance_config
    if v is not None:
        d["EnhanceConfig"] = _d.wire(v)
    v = o.erase_config
    if v is not None:
        d["EraseConfig"] = _d.wire(v)
    v = o.blind_watermark_config
    if v is not None:
        d["BlindWatermarkConfig"] = _d.wire(v)
    v = o.beauty_config
    if v is not None:
        d["BeautyConfig"] = _d.wire(v)
    v = o.transform_config
    if v is not None:
        d["TransformConfig"] = _d.wire(v)
    v = o.ai_try_on_config
    if v is not None:
        d["AiTryOnConfig"] = _d.wire(v)
    v = o.ai_poster_suite_config
    if v is not None:
        d["AiPosterSuiteConfig"] = _d.wire(v)
    v = o.create_image_config
    if v is not None:
        d["CreateImageConfig"] = _d.wire(v)
    v = o.ai_cutout_config
    if v is not None:
        d["AiCutoutConfig"] = _d.wire(v)
    v = o.ai_expansion_config
    if v is not None:
        d["AiExpansionConfig"] = _d.wire(v)
    v = o.ai_storyboard_config
    if v is not None:
        d["AiStoryboardConfig"] = _d.wire(v)
    v = o.understand_image_config
    if v is not None:
        d["UnderstandImageConfig"] = _d.wire(v)
    v = o.image_quality_config
    if v is not None:
        d["ImageQualityConfig"] = _d.wire(v)
    v = o.ai_compose_config
    if v is not None:
        d["AiComposeConfig"] = _d.wire(v)
    v = o.ai_decompose_config
    if v is not None:
        d["AiDecomposeConfig"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ImageTaskInput`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ImageTaskInput:
        o = _e.as_model(o, ImageTaskInput)
    d: dict[str, Any] = {}
    v: Any
    v = o.encode_config
    if v is not None:
        try:
            d["EncodeConfig"] = _R["ImageEncodeConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("EncodeConfig") from None
    v = o.enhance_config
    if v is not None:
        try:
            d["EnhanceConfig"] = _R["ImageEnhanceConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("EnhanceConfig") from None
    v = o.erase_config
    if v is not None:
        try:
            d["EraseConfig"] = _R["ImageEraseConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("EraseConfig") from None
    v = o.blind_watermark_config
    if v is not None:
        try:
            d["BlindWatermarkConfig"] = _R["BlindWatermarkConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("BlindWatermarkConfig") from None
    v = o.beauty_config
    if v is not None:
        try:
            d["BeautyConfig"] = _R["BeautyConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("BeautyConfig") from None
    v = o.transform_config
    if v is not None:
        try:
            d["TransformConfig"] = _R["ImageTransformConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("TransformConfig") from None
    v = o.ai_try_on_config
    if v is not None:
        try:
            d["AiTryOnConfig"] = _R["AiTryOnConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("AiTryOnConfig") from None
    v = o.ai_poster_suite_config
    if v is not None:
        try:
            d["AiPosterSuiteConfig"] = _R["AiPosterSuiteConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("AiPosterSuiteConfig") from None
    v = o.create_image_config
    if v is not None:
        try:
            d["CreateImageConfig"] = _R["CreateImageConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("CreateImageConfig") from None
    v = o.ai_cutout_config
    if v is not None:
        try:
            d["AiCutoutConfig"] = _R["AiCutoutConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("AiCutoutConfig") from None
    v = o.ai_expansion_config
    if v is not None:
        try:
            d["AiExpansionConfig"] = _R["AiExpansionConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("AiExpansionConfig") from None
    v = o.ai_storyboard_config
    if v is not None:
        try:
            d["AiStoryboardConfig"] = _R["AiStoryboardConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("AiStoryboardConfig") from None
    v = o.understand_image_config
    if v is not None:
        try:
            d["UnderstandImageConfig"] = _R["UnderstandImageConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("UnderstandImageConfig") from None
    v = o.image_quality_config
    if v is not None:
        try:
            d["ImageQualityConfig"] = _R["ImageQualityConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("ImageQualityConfig") from None
    v = o.ai_compose_config
    if v is not None:
        try:
            d["AiComposeConfig"] = _R["AiComposeConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("AiComposeConfig") from None
    v = o.ai_decompose_config
    if v is not None:
        try:
            d["AiDecomposeConfig"] = _R["AiDecomposeConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("AiDecomposeConfig") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
