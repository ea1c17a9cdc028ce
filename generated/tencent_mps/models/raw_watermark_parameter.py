# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``RawWatermarkParameter`` (sent in requests)."""

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
class RawWatermarkParameter(Model):
    """Custom watermark definition given directly in a request instead of a watermark template,
    including its type, position and image content.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "coordinate_origin": "CoordinateOrigin",
        "x_pos": "XPos",
        "y_pos": "YPos",
        "image_template": "ImageTemplate",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
        "str",
        "str",
        "RawImageWatermarkInput",
    )

    type: str | None = None
    """Watermark type; only image watermarks are supported.

    Known values (:class:`tencent_mps.enums.RawWatermarkParameterType`); others may appear:
    ``image``: Image watermark

    Required in requests.

    Wire name: ``Type``.
    """

    coordinate_origin: str | None = None
    """Corner of the video used as the coordinate origin; the matching corner of the watermark
    is used as its anchor. Default TopLeft.

    Known values (:class:`tencent_mps.enums.RawWatermarkParameterCoordinateOrigin`); others may appear:
    ``TopLeft``: Top-left corner
    ``TopRight``: Top-right corner
    ``BottomLeft``: Bottom-left corner
    ``BottomRight``: Bottom-right corner

    Wire name: ``CoordinateOrigin``.
    """

    x_pos: str | None = None
    """Horizontal offset of the watermark anchor from the origin, given as a percentage of the
    video width (e.g. 10%) or in pixels (e.g. 100px). Default 0px.

    Wire name: ``XPos``.
    """

    y_pos: str | None = None
    """Vertical offset of the watermark anchor from the origin, given as a percentage of the
    video height (e.g. 10%) or in pixels (e.g. 100px). Default 0px.

    Wire name: ``YPos``.
    """

    image_template: models.RawImageWatermarkInput | None = None
    """Image watermark settings; required when Type is image and ignored for text.

    Wire name: ``ImageTemplate``.
    """


_KNOWN = frozenset(RawWatermarkParameter.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> RawWatermarkParameter:
    """Decode one ``RawWatermarkParameter`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(RawWatermarkParameter)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("CoordinateOrigin")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CoordinateOrigin", "a string", v)
    o.coordinate_origin = v
    v = get("XPos")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("XPos", "a string", v)
    o.x_pos = v
    v = get("YPos")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("YPos", "a string", v)
    o.y_pos = v
    v = get("ImageTemplate")
    if v is not None:
        n += 1
        try:
            v = _S["RawImageWatermarkInput"](v)
        except DecodeError as e:
            raise e.with_prefix("ImageTemplate") from None
    o.image_template = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(RawWatermarkParameter, _structure)
