# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``BlindWatermarkConfig`` (sent in requests)."""

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
class BlindWatermarkConfig(Model):
    """Blind watermark operations on an image: embed, extract or remove."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "add_blind_watermark": "AddBlindWatermark",
        "extract_blind_watermark": "ExtractBlindWatermark",
        "remove_blind_watermark": "RemoveBlindWatermark",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "AddBlindWatermarkConfig",
        "ExtractBlindWatermarkConfig",
        "RemoveBlindWatermarkConfig",
    )

    add_blind_watermark: models.AddBlindWatermarkConfig | None = None
    """Settings for embedding a blind watermark. May be null if unavailable.

    Wire name: ``AddBlindWatermark``.
    """

    extract_blind_watermark: models.ExtractBlindWatermarkConfig | None = None
    """Settings for extracting a blind watermark. May be null if unavailable.

    Wire name: ``ExtractBlindWatermark``.
    """

    remove_blind_watermark: models.RemoveBlindWatermarkConfig | None = None
    """Settings for removing a blind watermark. May be null if unavailable.

    Wire name: ``RemoveBlindWatermark``.
    """


_KNOWN = frozenset(BlindWatermarkConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> BlindWatermarkConfig:
    """Decode one ``BlindWatermarkConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(BlindWatermarkConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("AddBlindWatermark")
    if v is not None:
        n += 1
        try:
            v = _S["AddBlindWatermarkConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("AddBlindWatermark") from None
    o.add_blind_watermark = v
    v = get("ExtractBlindWatermark")
    if v is not None:
        n += 1
        try:
            v = _S["ExtractBlindWatermarkConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("ExtractBlindWatermark") from None
    o.extract_blind_watermark = v
    v = get("RemoveBlindWatermark")
    if v is not None:
        n += 1
        try:
            v = _S["RemoveBlindWatermarkConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("RemoveBlindWatermark") from None
    o.remove_blind_watermark = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(BlindWatermarkConfig, _structure)
