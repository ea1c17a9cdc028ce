# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``WatermarkTemplate``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class WatermarkTemplate:
    """Details of a watermark template: type, position and the image, text or SVG settings.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

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
    """Attribute name -> wire name, for every field."""

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

    create_time: str | None = None
    """Time the template was created, in ISO date format.

    Wire name: ``CreateTime``.
    """

    update_time: str | None = None
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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WatermarkTemplate:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Definition",
        "Type",
        "Name",
        "Comment",
        "XPos",
        "YPos",
        "ImageTemplate",
        "TextTemplate",
        "SvgTemplate",
        "CreateTime",
        "UpdateTime",
        "CoordinateOrigin",
    }
)


def _structure(data: Any) -> WatermarkTemplate:
    """Decode one ``WatermarkTemplate`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not str:
            raise _d.wrong_type("CreateTime", "a string", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UpdateTime", "a string", v)
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


def _unstructure(o: WatermarkTemplate) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is not None:
        d["Definition"] = v
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.comment
    if v is not None:
        d["Comment"] = v
    v = o.x_pos
    if v is not None:
        d["XPos"] = v
    v = o.y_pos
    if v is not None:
        d["YPos"] = v
    v = o.image_template
    if v is not None:
        d["ImageTemplate"] = _d.wire(v)
    v = o.text_template
    if v is not None:
        d["TextTemplate"] = _d.wire(v)
    v = o.svg_template
    if v is not None:
        d["SvgTemplate"] = _d.wire(v)
    v = o.create_time
    if v is not None:
        d["CreateTime"] = v
    v = o.update_time
    if v is not None:
        d["UpdateTime"] = v
    v = o.coordinate_origin
    if v is not None:
        d["CoordinateOrigin"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
