# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageEraseLogoConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ImageEraseLogoConfig:
    """Settings for erasing logos, text or watermarks from an image.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "image_area_boxes": "ImageAreaBoxes",
        "detect_types": "DetectTypes",
        "erase_strength": "EraseStrength",
        "watermark_type": "WatermarkType",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageEraseLogoConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Switch",
        "ImageAreaBoxes",
        "DetectTypes",
        "EraseStrength",
        "WatermarkType",
    }
)


def _structure(data: Any) -> ImageEraseLogoConfig:
    """Decode one ``ImageEraseLogoConfig`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("ImageAreaBoxes", "an array", v)
        if v:
            f = _S["ImageAreaBoxInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("ImageAreaBoxes", v, f) from None
        else:
            v = []
    o.image_area_boxes = v
    v = get("DetectTypes")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("DetectTypes", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("DetectTypes", v, "a string", _d.is_str)
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


def _unstructure(o: ImageEraseLogoConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.switch
    if v is not None:
        d["Switch"] = v
    v = o.image_area_boxes
    if v is not None:
        d["ImageAreaBoxes"] = [_d.wire(x) for x in v]
    v = o.detect_types
    if v is not None:
        d["DetectTypes"] = list(v)
    v = o.erase_strength
    if v is not None:
        d["EraseStrength"] = v
    v = o.watermark_type
    if v is not None:
        d["WatermarkType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ImageEraseLogoConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ImageEraseLogoConfig:
        o = _e.as_model(o, ImageEraseLogoConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.switch
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Switch", v)
        d["Switch"] = v
    v = o.image_area_boxes
    if v is not None:
        d["ImageAreaBoxes"] = _e.models("ImageAreaBoxes", v, _R["ImageAreaBoxInfo"])
    v = o.detect_types
    if v is not None:
        d["DetectTypes"] = _e.strs("DetectTypes", v)
    v = o.erase_strength
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("EraseStrength", v)
        d["EraseStrength"] = v
    v = o.watermark_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("WatermarkType", v)
        d["WatermarkType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
