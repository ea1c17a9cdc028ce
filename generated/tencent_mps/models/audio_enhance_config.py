# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AudioEnhanceConfig``: the model and its codecs."""

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
class AudioEnhanceConfig:
    """Audio enhancement options: denoising, source separation, volume balancing and
    beautification.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "denoise": "Denoise",
        "separate": "Separate",
        "volume_balance": "VolumeBalance",
        "beautify": "Beautify",
        "audio_enhance_edit": "AudioEnhanceEdit",
    }
    """Attribute name -> wire name, for every field."""

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


_KNOWN: frozenset[str] = frozenset(
    {
        "Denoise",
        "Separate",
        "VolumeBalance",
        "Beautify",
        "AudioEnhanceEdit",
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


def _unstructure(o: AudioEnhanceConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.denoise
    if v is not None:
        d["Denoise"] = _d.wire(v)
    v = o.separate
    if v is not None:
        d["Separate"] = _d.wire(v)
    v = o.volume_balance
    if v is not None:
        d["VolumeBalance"] = _d.wire(v)
    v = o.beautify
    if v is not None:
        d["Beautify"] = _d.wire(v)
    v = o.audio_enhance_edit
    if v is not None:
        d["AudioEnhanceEdit"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AudioEnhanceConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AudioEnhanceConfig:
        o = _e.as_model(o, AudioEnhanceConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.denoise
    if v is not None:
        try:
            d["Denoise"] = _R["AudioDenoiseConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("Denoise") from None
    v = o.separate
    if v is not None:
        try:
            d["Separate"] = _R["AudioSeparateConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("Separate") from None
    v = o.volume_balance
    if v is not None:
        try:
            d["VolumeBalance"] = _R["VolumeBalanceConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("VolumeBalance") from None
    v = o.beautify
    if v is not None:
        try:
            d["Beautify"] = _R["AudioBeautifyConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("Beautify") from None
    v = o.audio_enhance_edit
    if v is not None:
        try:
            d["AudioEnhanceEdit"] = _R["AudioEnhanceEditConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("AudioEnhanceEdit") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
