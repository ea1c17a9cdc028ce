# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageTaskInput`` (sent in requests)."""

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
class ImageTaskInput(Model):
    """Processing settings of an image task, grouping encoding, enhancement, erasing, watermarking,
    beauty and AI features.
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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "ImageEncodeConfig",
        "ImageEnhanceConfig",
        "ImageEraseConfig",
        "BlindWatermarkConfig",
        "BeautyConfig",
        "ImageTransformConfig",
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
    )

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


_KNOWN = frozenset(ImageTaskInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ImageTaskInput:
    """Decode one ``ImageTaskInput`` wire object: the straight-line decoder of this model."""
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


bind(ImageTaskInput, _structure)
