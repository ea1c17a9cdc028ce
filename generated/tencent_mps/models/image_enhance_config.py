# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageEnhanceConfig``: the model and its codecs."""

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
class ImageEnhanceConfig:
    """Image enhancement settings, grouping super-resolution, denoising, color, detail, face and
    low-light enhancement.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageEnhanceConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "SuperResolution",
        "AdvancedSuperResolutionConfig",
        "Denoise",
        "ImageQualityEnhance",
        "ColorEnhance",
        "SharpEnhance",
        "FaceEnhance",
        "LowLightEnhance",
    }
)


def _structure(data: Any) -> ImageEnhanceConfig:
    """Decode one ``ImageEnhanceConfig`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ImageEnhanceConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.super_resolution
    if v is not None:
        d["SuperResolution"] = _d.wire(v)
    v = o.advanced_super_resolution_config
    if v is not None:
        d["AdvancedSuperResolutionConfig"] = _d.wire(v)
    v = o.denoise
    if v is not None:
        d["Denoise"] = _d.wire(v)
    v = o.image_quality_enhance
    if v is not None:
        d["ImageQualityEnhance"] = _d.wire(v)
    v = o.color_enhance
    if v is not None:
        d["ColorEnhance"] = _d.wire(v)
    v = o.sharp_enhance
    if v is not None:
        d["SharpEnhance"] = _d.wire(v)
    v = o.face_enhance
    if v is not None:
        d["FaceEnhance"] = _d.wire(v)
    v = o.low_light_enhance
    if v is not None:
        d["LowLightEnhance"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ImageEnhanceConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ImageEnhanceConfig:
        o = _e.as_model(o, ImageEnhanceConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.super_resolution
    if v is not None:
        try:
            d["SuperResolution"] = _R["SuperResolutionConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("SuperResolution") from None
    v = o.advanced_super_resolution_config
    if v is not None:
        try:
            d["AdvancedSuperResolutionConfig"] = _R["AdvancedSuperResolutionConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("AdvancedSuperResolutionConfig") from None
    v = o.denoise
    if v is not None:
        try:
            d["Denoise"] = _R["ImageDenoiseConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("Denoise") from None
    v = o.image_quality_enhance
    if v is not None:
        try:
            d["ImageQualityEnhance"] = _R["ImageQualityEnhanceConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("ImageQualityEnhance") from None
    v = o.color_enhance
    if v is not None:
        try:
            d["ColorEnhance"] = _R["ColorEnhanceConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("ColorEnhance") from None
    v = o.sharp_enhance
    if v is not None:
        try:
            d["SharpEnhance"] = _R["SharpEnhanceConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("SharpEnhance") from None
    v = o.face_enhance
    if v is not None:
        try:
            d["FaceEnhance"] = _R["FaceEnhanceConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("FaceEnhance") from None
    v = o.low_light_enhance
    if v is not None:
        try:
            d["LowLightEnhance"] = _R["LowLightEnhanceConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("LowLightEnhance") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
