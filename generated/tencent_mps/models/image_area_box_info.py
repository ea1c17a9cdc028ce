# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageAreaBoxInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ImageAreaBoxInfo(Model):
    """A box marking a region of an image, such as a logo or text to erase."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "area_coord_set": "AreaCoordSet",
        "bounding_box": "BoundingBox",
        "bounding_box_unit_type": "BoundingBoxUnitType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[int",
        "[float",
        "int",
    )

    type: str | None = None
    """Kind of content inside the box: logo or text. Defaults to logo. May be null if
    unavailable.

    Known values (:class:`tencent_mps.enums.ImageAreaBoxInfoType`); others may appear:
    ``logo``: logo or icon
    ``text``: text

    Wire name: ``Type``.
    """

    area_coord_set: list[int] | None = None
    """Box coordinates in pixels as [x1, y1, x2, y2], the top-left and bottom-right corners;
    each value is at most 4096. May be null if unavailable.

    Unit: px.

    Wire name: ``AreaCoordSet``.
    """

    bounding_box: list[float] | None = None
    """Box coordinates as [x1, y1, x2, y2] (top-left and bottom-right corners), used when
    AreaCoordSet is not given. Values below 1 are read as ratios, values of 1 or more as
    pixels (at most 4096). May be null if unavailable.

    Wire name: ``BoundingBox``.
    """

    bounding_box_unit_type: int | None = None
    """Unit of BoundingBox: 0 picks the unit automatically by the value rule, 1 means ratios, 2
    means pixels.

    Unit: px.

    Known values; others may appear:
    ``0``: choose the unit automatically
    ``1``: ratio of the image size
    ``2``: pixels

    Wire name: ``BoundingBoxUnitType``.
    """


_KNOWN = frozenset(ImageAreaBoxInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ImageAreaBoxInfo:
    """Decode one ``ImageAreaBoxInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ImageAreaBoxInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("AreaCoordSet")
    if v is not None:
        n += 1
        v = _d.int_list("AreaCoordSet", v)
    o.area_coord_set = v
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


bind(ImageAreaBoxInfo, _structure)
