# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageAreaBoxInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ImageAreaBoxInfo:
    """A box marking a region of an image, such as a logo or text to erase.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "area_coord_set": "AreaCoordSet",
        "bounding_box": "BoundingBox",
        "bounding_box_unit_type": "BoundingBoxUnitType",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageAreaBoxInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "AreaCoordSet",
        "BoundingBox",
        "BoundingBoxUnitType",
    }
)


def _structure(data: Any) -> ImageAreaBoxInfo:
    """Decode one ``ImageAreaBoxInfo`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("AreaCoordSet", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is int for x in v):
            _d.check_items("AreaCoordSet", v, "an integer", _d.is_int)
    o.area_coord_set = v
    v = get("BoundingBox")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("BoundingBox", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is float for x in v):
            v = _d.numbers("BoundingBox", v)
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


def _unstructure(o: ImageAreaBoxInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.area_coord_set
    if v is not None:
        d["AreaCoordSet"] = list(v)
    v = o.bounding_box
    if v is not None:
        d["BoundingBox"] = list(v)
    v = o.bounding_box_unit_type
    if v is not None:
        d["BoundingBoxUnitType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ImageAreaBoxInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ImageAreaBoxInfo:
        o = _e.as_model(o, ImageAreaBoxInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Type", v)
        d["Type"] = v
    v = o.area_coord_set
    if v is not None:
        d["AreaCoordSet"] = _e.ints("AreaCoordSet", v)
    v = o.bounding_box
    if v is not None:
        d["BoundingBox"] = _e.floats("BoundingBox", v)
    v = o.bounding_box_unit_type
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("BoundingBoxUnitType", v)
        d["BoundingBoxUnitType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
