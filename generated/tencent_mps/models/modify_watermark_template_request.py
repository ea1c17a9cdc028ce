# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyWatermarkTemplateRequest`` (sent in requests)."""

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
class ModifyWatermarkTemplateRequest(Model):
    """Request of ModifyWatermarkTemplate: the template ID and the position and content settings to
    change.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "name": "Name",
        "comment": "Comment",
        "coordinate_origin": "CoordinateOrigin",
        "x_pos": "XPos",
        "y_pos": "YPos",
        "image_template": "ImageTemplate",
        "text_template": "TextTemplate",
        "svg_template": "SvgTemplate",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "str",
        "str",
        "str",
        "str",
        "str",
        "ImageWatermarkInputForUpdate",
        "TextWatermarkTemplateInputForUpdate",
        "SvgWatermarkInputForUpdate",
    )

    definition: int | None = None
    """Unique ID of the watermark template to modify. Required.

    Required in requests.

    Wire name: ``Definition``.
    """

    name: str | None = None
    """New template name; up to 64 characters.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Template description; up to 256 characters.

    Wire name: ``Comment``.
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

    image_template: models.ImageWatermarkInputForUpdate | None = None
    """Image watermark settings; applies only to image watermark templates.

    Wire name: ``ImageTemplate``.
    """

    text_template: models.TextWatermarkTemplateInputForUpdate | None = None
    """Text watermark settings; applies only to text watermark templates.

    Wire name: ``TextTemplate``.
    """

    svg_template: models.SvgWatermarkInputForUpdate | None = None
    """SVG watermark settings; required when the template type is svg and ignored for image or
    text templates.

    Wire name: ``SvgTemplate``.
    """


_KNOWN = frozenset(ModifyWatermarkTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyWatermarkTemplateRequest:
    """Decode one ``ModifyWatermarkTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyWatermarkTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
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
            v = _S["ImageWatermarkInputForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("ImageTemplate") from None
    o.image_template = v
    v = get("TextTemplate")
    if v is not None:
        n += 1
        try:
            v = _S["TextWatermarkTemplateInputForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("TextTemplate") from None
    o.text_template = v
    v = get("SvgTemplate")
    if v is not None:
        n += 1
        try:
            v = _S["SvgWatermarkInputForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("SvgTemplate") from None
    o.svg_template = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ModifyWatermarkTemplateRequest, _structure)
