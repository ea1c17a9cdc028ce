# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageComposeLayer``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ImageComposeLayer:
    """One image layer placed on the canvas in layer composition.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "z_index": "ZIndex",
        "input_info": "InputInfo",
        "bounding_box": "BoundingBox",
        "bounding_box_unit_type": "BoundingBoxUnitType",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageComposeLayer:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ZIndex",
        "InputInfo",
        "BoundingBox",
        "BoundingBoxUnitType",
    }
)


def _structure(data: Any) -> ImageComposeLayer:
    """Decode one ``ImageComposeLayer`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ImageComposeLayer) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.z_index
    if v is not None:
        d["ZIndex"] = v
    v = o.input_info
    if v is not None:
        d["InputInfo"] = _d.wire(v)
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
    """Check a ``ImageComposeLayer`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ImageComposeLayer:
        o = _e.as_model(o, ImageComposeLayer)
    d: dict[str, Any] = {}
    v: Any
    v = o.z_index
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("ZIndex", v)
        d["ZIndex"] = v
    v = o.input_info
    if v is not None:
        try:
            d["InputInfo"] = _R["MediaInputInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("InputInfo") from None
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
