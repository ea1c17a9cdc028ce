# generated from schema/describe-task-detail.schema.json by codegen (make generate); do not edit.
"""``AudioEnhanceConfig``: the model and its converter hooks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from tencent_mps._runtime import decoding as _d
from tencent_mps._runtime.exceptions import DecodeError

from ._registry import STRUCTURE as _S

if TYPE_CHECKING:
    from . import (
        audio_beautify_config,
        audio_denoise_config,
        audio_separate_config,
        volume_balance_config,
    )

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AudioEnhanceConfig:
    """Audio enhancement options: denoising, source separation, volume balancing and
    beautification.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    denoise: audio_denoise_config.AudioDenoiseConfig | None = None
    """Audio denoising settings. May be null.

    Wire name: ``Denoise``.
    """

    separate: audio_separate_config.AudioSeparateConfig | None = None
    """Audio source separation settings. May be null.

    Wire name: ``Separate``.
    """

    volume_balance: volume_balance_config.VolumeBalanceConfig | None = None
    """Volume balancing settings. May be null.

    Wire name: ``VolumeBalance``.
    """

    beautify: audio_beautify_config.AudioBeautifyConfig | None = None
    """Audio beautification settings. May be null.

    Wire name: ``Beautify``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AudioEnhanceConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN = frozenset(
    {
        "Denoise",
        "Separate",
        "VolumeBalance",
        "Beautify",
    }
)


def _structure(data: Any) -> AudioEnhanceConfig:
    """Decode one ``AudioEnhanceConfig`` wire object (the cattrs structure hook of this model)."""
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AudioEnhanceConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.denoise
    if v is not None:
        d["Denoise"] = v.to_dict()
    v = o.separate
    if v is not None:
        d["Separate"] = v.to_dict()
    v = o.volume_balance
    if v is not None:
        d["VolumeBalance"] = v.to_dict()
    v = o.beautify
    if v is not None:
        d["Beautify"] = v.to_dict()
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
