# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SmartEraseWatermarkConfig`` (sent in requests)."""

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
class SmartEraseWatermarkConfig(Model):
    """Watermark erasing settings of a smart erase task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "watermark_erase_method": "WatermarkEraseMethod",
        "watermark_model": "WatermarkModel",
        "auto_areas": "AutoAreas",
        "custom_areas": "CustomAreas",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "[EraseArea",
        "[EraseTimeArea",
    )

    watermark_erase_method: str | None = None
    """How watermarks are erased. auto detects watermarks with an AI model and suits moving
    watermarks (whole frame by default, or the AutoAreas if given); custom erases fixed
    regions and needs at least one region, which suits static watermarks.

    Known values (:class:`tencent_mps.enums.SmartEraseSubtitleConfigSubtitleEraseMethod`); others may appear:
    ``auto``: Automatic erasing
    ``custom``: Erase specified regions

    Required in requests.

    Wire name: ``WatermarkEraseMethod``.
    """

    watermark_model: str | None = None
    """Watermark erasing model. basic is cheaper with average quality, suitable for animation
    or clean backgrounds; advanced gives better results for live-action content such as
    short dramas.

    Known values (:class:`tencent_mps.enums.SmartEraseWatermarkConfigWatermarkModel`); others may appear:
    ``basic``: Basic model
    ``advanced``: Advanced model

    Required in requests.

    Wire name: ``WatermarkModel``.
    """

    auto_areas: list[models.EraseArea] | None = None
    """Regions in which the AI model automatically detects and erases targets. Ignored when the
    erase method is custom; when updating a template pass [] to clear the regions, or omit
    it to keep the existing ones.

    Wire name: ``AutoAreas``.
    """

    custom_areas: list[models.EraseTimeArea] | None = None
    """Regions that are erased directly, without detection, during the specified time ranges.
    When updating a template pass [] to clear the regions, or omit it to keep the existing
    ones.

    Wire name: ``CustomAreas``.
    """


_KNOWN = frozenset(SmartEraseWatermarkConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SmartEraseWatermarkConfig:
    """Decode one ``SmartEraseWatermarkConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SmartEraseWatermarkConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("WatermarkEraseMethod")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("WatermarkEraseMethod", "a string", v)
    o.watermark_erase_method = v
    v = get("WatermarkModel")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("WatermarkModel", "a string", v)
    o.watermark_model = v
    v = get("AutoAreas")
    if v is not None:
        n += 1
        v = _d.objects("AutoAreas", v, _S["EraseArea"])
    o.auto_areas = v
    v = get("CustomAreas")
    if v is not None:
        n += 1
        v = _d.objects("CustomAreas", v, _S["EraseTimeArea"])
    o.custom_areas = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SmartEraseWatermarkConfig, _structure)
