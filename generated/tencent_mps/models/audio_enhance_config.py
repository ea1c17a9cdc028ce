# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AudioEnhanceConfig`` (sent in requests)."""

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
class AudioEnhanceConfig(Model):
    """Audio enhancement options: denoising, source separation, volume balancing and
    beautification.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "denoise": "Denoise",
        "separate": "Separate",
        "volume_balance": "VolumeBalance",
        "beautify": "Beautify",
        "audio_enhance_edit": "AudioEnhanceEdit",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "AudioDenoiseConfig",
        "AudioSeparateConfig",
        "VolumeBalanceConfig",
        "AudioBeautifyConfig",
        "AudioEnhanceEditConfig",
    )

    denoise: models.AudioDenoiseConfig | None = None
    """Audio denoising settings. May be null.

    Wire name: ``Denoise``.
    """

    separate: models.AudioSeparateConfig | None = None
    """Audio source separation settings. May be null.

    Wire name: ``Separate``.
    """

    volume_balance: models.VolumeBalanceConfig | None = None
    """Volume balancing settings. May be null.

    Wire name: ``VolumeBalance``.
    """

    beautify: models.AudioBeautifyConfig | None = None
    """Audio beautification settings. May be null.

    Wire name: ``Beautify``.
    """

    audio_enhance_edit: models.AudioEnhanceEditConfig | None = None
    """Audio editing enhancement settings, such as restoration. May be null.

    Wire name: ``AudioEnhanceEdit``.
    """


_KNOWN = frozenset(AudioEnhanceConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AudioEnhanceConfig:
    """Decode one ``AudioEnhanceConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AudioEnhanceConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Denoise")
    if v is not None:
        n += 1
        try:
            v = _S["AudioDenoiseConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("Denoise") from None
    o.denoise = v
    v = get("Separate")
    if v is not None:
        n += 1
        try:
            v = _S["AudioSeparateConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("Separate") from None
    o.separate = v
    v = get("VolumeBalance")
    if v is not None:
        n += 1
        try:
            v = _S["VolumeBalanceConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("VolumeBalance") from None
    o.volume_balance = v
    v = get("Beautify")
    if v is not None:
        n += 1
        try:
            v = _S["AudioBeautifyConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("Beautify") from None
    o.beautify = v
    v = get("AudioEnhanceEdit")
    if v is not None:
        n += 1
        try:
            v = _S["AudioEnhanceEditConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("AudioEnhanceEdit") from None
    o.audio_enhance_edit = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AudioEnhanceConfig, _structure)
