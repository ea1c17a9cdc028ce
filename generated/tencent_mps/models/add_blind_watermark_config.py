# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AddBlindWatermarkConfig`` (sent in requests)."""

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
class AddBlindWatermarkConfig(Model):
    """Settings for embedding a blind (invisible) watermark into an image."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "embed_info": "EmbedInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "BlindWatermarkEmbedInfo",
    )

    switch: str | None = None
    """Turns blind watermark embedding on or off. Defaults to ON. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enabled
    ``OFF``: disabled

    Wire name: ``Switch``.
    """

    embed_info: models.BlindWatermarkEmbedInfo | None = None
    """Data to embed as the blind watermark. May be null if unavailable.

    Wire name: ``EmbedInfo``.
    """


_KNOWN = frozenset(AddBlindWatermarkConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AddBlindWatermarkConfig:
    """Decode one ``AddBlindWatermarkConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AddBlindWatermarkConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("EmbedInfo")
    if v is not None:
        n += 1
        try:
            v = _S["BlindWatermarkEmbedInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("EmbedInfo") from None
    o.embed_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AddBlindWatermarkConfig, _structure)
