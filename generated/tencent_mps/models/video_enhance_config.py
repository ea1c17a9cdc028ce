# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``VideoEnhanceConfig`` (sent in requests)."""

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
class VideoEnhanceConfig(Model):
    """Video enhancement options such as frame interpolation, super resolution, HDR, denoising,
    restoration and color or low-light enhancement.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "frame_rate": "FrameRate",
        "super_resolution": "SuperResolution",
        "hdr": "Hdr",
        "denoise": "Denoise",
        "image_quality_enhance": "ImageQualityEnhance",
        "color_enhance": "ColorEnhance",
        "low_light_enhance": "LowLightEnhance",
        "scratch_repair": "ScratchRepair",
        "artifact_repair": "ArtifactRepair",
        "enhance_scene_type": "EnhanceSceneType",
        "diffusion_enhance": "DiffusionEnhance",
        "frame_rate_with_den": "FrameRateWithDen",
        "ai_restoration": "AiRestoration",
        "diffusion_enhance_v2": "DiffusionEnhanceV2",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "FrameRateConfig",
        "SuperResolutionConfig",
        "HdrConfig",
        "VideoDenoiseConfig",
        "ImageQualityEnhanceConfig",
        "ColorEnhanceConfig",
        "LowLightEnhanceConfig",
        "ScratchRepairConfig",
        "ArtifactRepairConfig",
        "str",
        "DiffusionEnhanceConfig",
        "FrameRateWithDenConfig",
        "AiRestorationConfig",
        "DiffusionEnhanceV2Config",
    )

    frame_rate: models.FrameRateConfig | None = None
    """Legacy frame interpolation settings. New users should use FrameRateWithDen instead; do
    not set both. Has no effect when the source frame rate is at or above the target. May be
    null.

    Wire name: ``FrameRate``.
    """

    super_resolution: models.SuperResolutionConfig | None = None
    """Super resolution settings; no effect when the source resolution exceeds the target.
    Cannot be combined with large-model enhancement. May be null.

    Wire name: ``SuperResolution``.
    """

    hdr: models.HdrConfig | None = None
    """HDR conversion settings. May be null.

    Wire name: ``Hdr``.
    """

    denoise: models.VideoDenoiseConfig | None = None
    """Video denoising settings. Cannot be combined with large-model enhancement. May be null.

    Wire name: ``Denoise``.
    """

    image_quality_enhance: models.ImageQualityEnhanceConfig | None = None
    """Comprehensive image quality enhancement settings. Only one of large-model enhancement,
    comprehensive enhancement and artifact removal may be set. May be null.

    Wire name: ``ImageQualityEnhance``.
    """

    color_enhance: models.ColorEnhanceConfig | None = None
    """Color enhancement settings. May be null.

    Wire name: ``ColorEnhance``.
    """

    low_light_enhance: models.LowLightEnhanceConfig | None = None
    """Low-light enhancement settings. May be null.

    Wire name: ``LowLightEnhance``.
    """

    scratch_repair: models.ScratchRepairConfig | None = None
    """Scratch removal settings. May be null.

    Wire name: ``ScratchRepair``.
    """

    artifact_repair: models.ArtifactRepairConfig | None = None
    """Artifact (burr) removal settings. Only one of large-model enhancement, comprehensive
    enhancement and artifact removal may be set. May be null.

    Wire name: ``ArtifactRepair``.
    """

    enhance_scene_type: str | None = None
    """Content scenario that selects tuned enhancement parameters; an empty string means no
    scenario. May be null.

    Known values (:class:`tencent_mps.enums.VideoEnhanceConfigEnhanceSceneType`); others may appear:
    ``common``: General enhancement for all video types
    ``AIGC``: AI-based overall resolution boost
    ``short_play``: Short dramas and AI actor dramas, sharpening faces and subtitles
    ``ai_comic``: AI comic dramas, enhancing comic-style detail
    ``short_video``: Short videos with varied quality problems
    ``game``: Game videos, fixing motion blur and boosting detail
    ``HD_movie_series``: Ultra HD film and TV, producing 4K 60fps HDR for broadcast/OTT
    ``LQ_material``: Low-quality material and old film restoration
    ``lecture``: Live shows, e-commerce, conferences and lectures, improving faces and removing noise

    Wire name: ``EnhanceSceneType``.
    """

    diffusion_enhance: models.DiffusionEnhanceConfig | None = None
    """Large-model enhancement settings. Mutually exclusive with comprehensive enhancement and
    artifact removal, and cannot be used with super resolution or denoising. May be null.

    Wire name: ``DiffusionEnhance``.
    """

    frame_rate_with_den: models.FrameRateWithDenConfig | None = None
    """New frame interpolation settings supporting fractional frame rates; use instead of
    FrameRate. Has no effect when the source frame rate is at or above the target. May be
    null.

    Wire name: ``FrameRateWithDen``.
    """

    ai_restoration: models.AiRestorationConfig | None = None
    """Large-model restoration settings. Mutually exclusive with comprehensive enhancement and
    artifact removal, and cannot be used with super resolution or denoising. May be null.

    Wire name: ``AiRestoration``.
    """

    diffusion_enhance_v2: models.DiffusionEnhanceV2Config | None = None
    """Professional large-model enhancement settings. Mutually exclusive with large-model
    enhancement, comprehensive enhancement and artifact removal, and cannot be used with
    super resolution or denoising. May be null.

    Wire name: ``DiffusionEnhanceV2``.
    """


_KNOWN = frozenset(VideoEnhanceConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> VideoEnhanceConfig:
    """Decode one ``VideoEnhanceConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(VideoEnhanceConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FrameRate")
    if v is not None:
        n += 1
        try:
            v = _S["FrameRateConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("FrameRate") from None
    o.frame_rate = v
    v = get("SuperResolution")
    if v is not None:
        n += 1
        try:
            v = _S["SuperResolutionConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("SuperResolution") from None
    o.super_resolution = v
    v = get("Hdr")
    if v is not None:
        n += 1
        try:
            v = _S["HdrConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("Hdr") from None
    o.hdr = v
    v = get("Denoise")
    if v is not None:
        n += 1
        try:
            v = _S["VideoDenoiseConfig"](v)
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
    v = get("LowLightEnhance")
    if v is not None:
        n += 1
        try:
            v = _S["LowLightEnhanceConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("LowLightEnhance") from None
    o.low_light_enhance = v
    v = get("ScratchRepair")
    if v is not None:
        n += 1
        try:
            v = _S["ScratchRepairConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("ScratchRepair") from None
    o.scratch_repair = v
    v = get("ArtifactRepair")
    if v is not None:
        n += 1
        try:
            v = _S["ArtifactRepairConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("ArtifactRepair") from None
    o.artifact_repair = v
    v = get("EnhanceSceneType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EnhanceSceneType", "a string", v)
    o.enhance_scene_type = v
    v = get("DiffusionEnhance")
    if v is not None:
        n += 1
        try:
            v = _S["DiffusionEnhanceConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("DiffusionEnhance") from None
    o.diffusion_enhance = v
    v = get("FrameRateWithDen")
    if v is not None:
        n += 1
        try:
            v = _S["FrameRateWithDenConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("FrameRateWithDen") from None
    o.frame_rate_with_den = v
    v = get("AiRestoration")
    if v is not None:
        n += 1
        try:
            v = _S["AiRestorationConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("AiRestoration") from None
    o.ai_restoration = v
    v = get("DiffusionEnhanceV2")
    if v is not None:
        n += 1
        try:
            v = _S["DiffusionEnhanceV2Config"](v)
        except DecodeError as e:
            raise e.with_prefix("DiffusionEnhanceV2") from None
    o.diffusion_enhance_v2 = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(VideoEnhanceConfig, _structure)
