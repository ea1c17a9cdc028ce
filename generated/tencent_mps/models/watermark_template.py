# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``WatermarkTemplate``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class WatermarkTemplate(Model):
    """Details of a watermark template: type, position and the image, text or SVG settings."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "type": "Type",
        "name": "Name",
        "comment": "Comment",
        "x_pos": "XPos",
        "y_pos": "YPos",
        "image_template": "ImageTemplate",
        "text_template": "TextTemplate",
        "svg_template": "SvgTemplate",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
        "coordinate_origin": "CoordinateOrigin",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "str",
        "str",
        "str",
        "str",
        "ImageWatermarkTemplate",
        "TextWatermarkTemplateInput",
        "SvgWatermarkInput",
        "datetime",
        "datetime",
        "str",
    )

    definition: int | None = None
    """Unique ID of the watermark template.

    Wire name: ``Definition``.
    """

    type: str | None = None
    """Watermark type.

    Known values (:class:`tencent_mps.enums.DescribeWatermarkTemplatesRequestType`); others may appear:
    ``image``: image watermark
    ``text``: text watermark

    Wire name: ``Type``.
    """

    name: str | None = None
    """Name of the watermark template.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Free-text description of the template.

    Wire name: ``Comment``.
    """

    x_pos: str | None = None
    """Horizontal distance from the video origin to the watermark origin: a value ending in %
    is a percentage of the video width, one ending in px is pixels.

    Wire name: ``XPos``.
    """

    y_pos: str | None = None
    """Vertical distance from the video origin to the watermark origin: a value ending in % is
    a percentage of the video height, one ending in px is pixels.

    Wire name: ``YPos``.
    """

    image_template: models.ImageWatermarkTemplate | None = None
    """Image watermark settings; meaningful only when Type is image. May be null if
    unavailable.

    Wire name: ``ImageTemplate``.
    """

    text_template: models.TextWatermarkTemplateInput | None = None
    """Text watermark settings; meaningful only when Type is text. May be null if unavailable.

    Wire name: ``TextTemplate``.
    """

    svg_template: models.SvgWatermarkInput | None = None
    """SVG watermark settings; meaningful only when Type is svg. May be null if unavailable.

    Wire name: ``SvgTemplate``.
    """

    create_time: datetime | None = None
    """Time the template was created, in ISO date format.

    Wire name: ``CreateTime``.
    """

    update_time: datetime | None = None
    """Time the template was last modified, in ISO date format.

    Wire name: ``UpdateTime``.
    """

    coordinate_origin: str | None = None
    """Corner used as the origin of the coordinates, both on the video and on the watermark.

    Known values (:class:`tencent_mps.enums.RawWatermarkParameterCoordinateOrigin`); others may appear:
    ``TopLeft``: origin at the top-left corner of the video and of the watermark
    ``TopRight``: origin at the top-right corner of the video and of the watermark
    ``BottomLeft``: origin at the bottom-left corner of the video and of the watermark
    ``BottomRight``: origin at the bottom-right corner of the video and of the watermark

    Wire name: ``CoordinateOrigin``.
    """


_KNOWN = frozenset(WatermarkTemplate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> WatermarkTemplate:
    """Decode one ``WatermarkTemplate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(WatermarkTemplate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Comment")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Comment", "a string", v)
    o.comment = v
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
            v = _S["ImageWatermarkTemplate"](v)
        except DecodeError as e:
            raise e.with_prefix("ImageTemplate") from None
    o.image_template = v
    v = get("TextTemplate")
    if v is not None:
        n += 1
        try:
            v = _S["TextWatermarkTemplateInput"](v)
        except DecodeError as e:
            raise e.with_prefix("TextTemplate") from None
    o.text_template = v
    v = get("SvgTemplate")
    if v is not None:
        n += 1
        try:
            v = _S["SvgWatermarkInput"](v)
        except DecodeError as e:
            raise e.with_prefix("SvgTemplate") from None
    o.svg_template = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        v = _t.decode("CreateTime", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        v = _t.decode("UpdateTime", v)
    o.update_time = v
    v = get("CoordinateOrigin")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CoordinateOrigin", "a string", v)
    o.coordinate_origin = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(WatermarkTemplate, _structure)
