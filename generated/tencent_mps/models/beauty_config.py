# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``BeautyConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class BeautyConfig(Model):
    """Beautification settings: face effects and filters to apply."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "beauty_effect_items": "BeautyEffectItems",
        "beauty_filter_items": "BeautyFilterItems",
        "type": "Type",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[BeautyEffectItemConfig",
        "[BeautyFilterItemConfig",
        "str",
    )

    beauty_effect_items: list[models.BeautyEffectItemConfig] | None = None
    """Beautification effects to apply.

    Wire name: ``BeautyEffectItems``.
    """

    beauty_filter_items: list[models.BeautyFilterItemConfig] | None = None
    """Beautification filters to apply.

    Wire name: ``BeautyFilterItems``.
    """

    type: str | None = None
    """Beautification type; ignored when explicit beautification parameters are given.

    Known values (:class:`tencent_mps.enums.BeautyConfigType`); others may appear:
    ``auto``: smart automatic beautification

    Wire name: ``Type``.
    """


_KNOWN = frozenset(BeautyConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> BeautyConfig:
    """Decode one ``BeautyConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(BeautyConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("BeautyEffectItems")
    if v is not None:
        n += 1
        v = _d.objects("BeautyEffectItems", v, _S["BeautyEffectItemConfig"])
    o.beauty_effect_items = v
    v = get("BeautyFilterItems")
    if v is not None:
        n += 1
        v = _d.objects("BeautyFilterItems", v, _S["BeautyFilterItemConfig"])
    o.beauty_filter_items = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(BeautyConfig, _structure)
