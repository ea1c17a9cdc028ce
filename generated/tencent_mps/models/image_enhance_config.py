# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageEnhanceConfig`` (sent in requests)."""

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
class ImageEnhanceConfig(Model):
    """Image enhancement settings, grouping super-resolution, denoising, color, detail, face and
    low-light enhancement.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "super_resolution": "SuperResolution",
        "advanced_super_resolution_config": "AdvancedSuperResolutionConfig",
        "denoise": "Denoise",
        "image_quality_enhance": "ImageQualityEnhance",
        "color_enhance": "ColorEnhance",
        "sharp_enhance": "SharpEnhance",
        "face_enhance": "FaceEnhance",
        "low_light_enhance": "LowLightEnhance",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "SuperResolutionConfig",
        "AdvancedSuperResolutionConfig",
        "ImageDenoiseConfig",
        "ImageQualityEnhanceConfig",
        "ColorEnhanceConfig",
        "SharpEnhanceConfig",
        "FaceEnhanceConfig",
        "LowLightEnhanceConfig",
    )

    super_resolution: models.SuperResolutionConfig | None = None
    """Super-resolution settings. May be null if unavailable.

    Wire name: ``SuperResolution``.
    """

    advanced_super_resolution_config: models.AdvancedSuperResolutionConfig | None = None
    """Advanced super-resolution settings.

    Wire name: ``AdvancedSuperResolutionConfig``.
    """

    denoise: models.ImageDenoiseConfig | None = None
    """Denoising settings. May be null if unavailable.

    Wire name: ``Denoise``.
    """

    image_quality_enhance: models.ImageQualityEnhanceConfig | None = None
    """Settings for comprehensive quality enhancement. May be null if unavailable.

    Wire name: ``ImageQualityEnhance``.
    """

    color_enhance: models.ColorEnhanceConfig | None = None
    """Color enhancement settings. May be null if unavailable.

    Wire name: ``ColorEnhance``.
    """

    sharp_enhance: models.SharpEnhanceConfig | None = None
    """Detail (sharpness) enhancement settings. May be null if unavailable.

    Wire name: ``SharpEnhance``.
    """

    face_enhance: models.FaceEnhanceConfig | None = None
    """Face enhancement settings. May be null if unavailable.

    Wire name: ``FaceEnhance``.
    """

    low_light_enhance: models.LowLightEnhanceConfig | None = None
    """Low-light enhancement settings. May be null if unavailable.

    Wire name: ``LowLightEnhance``.
    """


_KNOWN = frozenset(ImageEnhanceConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ImageEnhanceConfig:
    """Decode one ``ImageEnhanceConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ImageEnhanceConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SuperResolution")
    if v is not None:
        n += 1
        try:
            v = _S["SuperResolutionConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("SuperResolution") from None
    o.super_resolution = v
    v = get("AdvancedSuperResolutionConfig")
    if v is not None:
        n += 1
        try:
            v = _S["AdvancedSuperResolutionConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("AdvancedSuperResolutionConfig") from None
    o.advanced_super_resolution_config = v
    v = get("Denoise")
    if v is not None:
        n += 1
        try:
            v = _S["ImageDenoiseConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("Denoise") from None
    o.denoise = v
    v = get("ImageQualityEnhance")
    if v is not None:
        n += 1
        try:
            v = _S["ImageQualityEnhanceConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("ImageQualityEnhance") from None
    o.image_quality_enhance = v
    v = get("ColorEnhance")
    if v is not None:
        n += 1
        try:
            v = _S["ColorEnhanceConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("ColorEnhance") from None
    o.color_enhance = v
    v = get("SharpEnhance")
    if v is not None:
        n += 1
        try:
            v = _S["SharpEnhanceConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("SharpEnhance") from None
    o.sharp_enhance = v
    v = get("FaceEnhance")
    if v is not None:
        n += 1
        try:
            v = _S["FaceEnhanceConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("FaceEnhance") from None
    o.face_enhance = v
    v = get("LowLightEnhance")
    if v is not None:
        n += 1
        try:
            v = _S["LowLightEnhanceConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("LowLightEnhance") from None
    o.low_light_enhance = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ImageEnhanceConfig, _structure)
