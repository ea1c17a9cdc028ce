# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageEraseLogoConfig`` (sent in requests)."""

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
class ImageEraseLogoConfig(Model):
    """Settings for erasing logos, text or watermarks from an image."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "image_area_boxes": "ImageAreaBoxes",
        "detect_types": "DetectTypes",
        "erase_strength": "EraseStrength",
        "watermark_type": "WatermarkType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[ImageAreaBoxInfo",
        "[str",
        "str",
        "str",
    )

    switch: str | None = None
    """Whether logo erasing is enabled. Defaults to ON. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enabled
    ``OFF``: disabled

    Wire name: ``Switch``.
    """

    image_area_boxes: list[models.ImageAreaBoxInfo] | None = None
    """Boxed regions to erase; at most 16 regions. May be null if unavailable.

    Wire name: ``ImageAreaBoxes``.
    """

    detect_types: list[str] | None = None
    """Kinds of content to detect and erase: logo, text and/or watermark. May be null if
    unavailable.

    Known values (:class:`tencent_mps.enums.ImageEraseLogoConfigDetectTypes`); others may appear:
    ``logo``: logo or icon
    ``text``: text
    ``watermark``: watermark

    Wire name: ``DetectTypes``.
    """

    erase_strength: str | None = None
    """Erasing level; choose it according to the complexity of the scene.

    Known values (:class:`tencent_mps.enums.ImageEraseLogoConfigEraseStrength`); others may appear:
    ``low``: fast erasing
    ``mid``: balance of erasing quality and speed
    ``high``: advanced erasing quality

    Wire name: ``EraseStrength``.
    """

    watermark_type: str | None = None
    """Specific kind of watermark to erase when removing image watermarks.

    Known values (:class:`tencent_mps.enums.ImageEraseLogoConfigWatermarkType`); others may appear:
    ``corner_watermark``: erase a regular watermark at a fixed position
    ``tiled_watermark``: erase a watermark tiled across the whole image
    ``auto_detect_type``: detect the watermark type automatically and erase it
    ``selected_watermark``: skip automatic erasing and erase at the given positions

    Wire name: ``WatermarkType``.
    """


_KNOWN = frozenset(ImageEraseLogoConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ImageEraseLogoConfig:
    """Decode one ``ImageEraseLogoConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ImageEraseLogoConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("ImageAreaBoxes")
    if v is not None:
        n += 1
        v = _d.objects("ImageAreaBoxes", v, _S["ImageAreaBoxInfo"])
    o.image_area_boxes = v
    v = get("DetectTypes")
    if v is not None:
        n += 1
        v = _d.str_list("DetectTypes", v)
    o.detect_types = v
    v = get("EraseStrength")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EraseStrength", "a string", v)
    o.erase_strength = v
    v = get("WatermarkType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("WatermarkType", "a string", v)
    o.watermark_type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ImageEraseLogoConfig, _structure)
