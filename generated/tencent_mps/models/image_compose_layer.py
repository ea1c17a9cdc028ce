# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageComposeLayer`` (sent in requests)."""

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
class ImageComposeLayer(Model):
    """One image layer placed on the canvas in layer composition."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "z_index": "ZIndex",
        "input_info": "InputInfo",
        "bounding_box": "BoundingBox",
        "bounding_box_unit_type": "BoundingBoxUnitType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "MediaInputInfo",
        "[float",
        "int",
    )

    z_index: int | None = None
    """Stacking order of the layer; required and unique within a request, larger values are
    drawn on top. Numbering from 0 consecutively is recommended.

    Wire name: ``ZIndex``.
    """

    input_info: models.MediaInputInfo | None = None
    """Source image of the layer; required. URL, COS, AWS-S3 and VOD inputs are supported.

    Wire name: ``InputInfo``.
    """

    bounding_box: list[float] | None = None
    """Required position and size of the layer on the canvas as [X1, Y1, X2, Y2], with X2 > X1
    and Y2 > Y1. Pixel values range over [-10240, 10240] and ratio values over [-1, 1] of
    the canvas size; the layer is scaled to fill the box and anything outside the canvas is
    cropped.

    Wire name: ``BoundingBox``.
    """

    bounding_box_unit_type: int | None = None
    """Unit of BoundingBox. Defaults to 0 (automatic): all four values above 1 are pixels, all
    at most 1 are ratios, and a mix returns InvalidParameter, so setting it explicitly is
    recommended.

    Known values; others may appear:
    ``0``: detect the unit automatically (default)
    ``1``: ratio of the canvas size
    ``2``: pixels

    Wire name: ``BoundingBoxUnitType``.
    """


_KNOWN = frozenset(ImageComposeLayer.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ImageComposeLayer:
    """Decode one ``ImageComposeLayer`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ImageComposeLayer)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ZIndex")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ZIndex", "an integer", v)
    o.z_index = v
    v = get("InputInfo")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("InputInfo") from None
    o.input_info = v
    v = get("BoundingBox")
    if v is not None:
        n += 1
        v = _d.float_list("BoundingBox", v)
    o.bounding_box = v
    v = get("BoundingBoxUnitType")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("BoundingBoxUnitType", "an integer", v)
    o.bounding_box_unit_type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ImageComposeLayer, _structure)
