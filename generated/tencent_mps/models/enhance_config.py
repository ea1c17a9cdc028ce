# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``EnhanceConfig`` (sent in requests)."""

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
class EnhanceConfig(Model):
    """Audio and video enhancement options applied during media processing."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "video_enhance": "VideoEnhance",
        "audio_enhance": "AudioEnhance",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "VideoEnhanceConfig",
        "AudioEnhanceConfig",
    )

    video_enhance: models.VideoEnhanceConfig | None = None
    """Video enhancement settings. May be null.

    Wire name: ``VideoEnhance``.
    """

    audio_enhance: models.AudioEnhanceConfig | None = None
    """Audio enhancement settings. May be null.

    Wire name: ``AudioEnhance``.
    """


_KNOWN = frozenset(EnhanceConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> EnhanceConfig:
    """Decode one ``EnhanceConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(EnhanceConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("VideoEnhance")
    if v is not None:
        n += 1
        try:
            v = _S["VideoEnhanceConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("VideoEnhance") from None
    o.video_enhance = v
    v = get("AudioEnhance")
    if v is not None:
        n += 1
        try:
            v = _S["AudioEnhanceConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("AudioEnhance") from None
    o.audio_enhance = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(EnhanceConfig, _structure)
