# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateWatermarkTemplateRequest`` (sent in requests)."""

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
class CreateWatermarkTemplateRequest(Model):
    """Request of CreateWatermarkTemplate: watermark type, position and the image, text or SVG
    settings of the new template.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
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
        "str!",
        "str",
        "str",
        "str",
        "str",
        "str",
        "ImageWatermarkInput",
        "TextWatermarkTemplateInput",
        "SvgWatermarkInput",
    )

    type: str | None = None
    """Kind of watermark the template produces.

    Known values (:class:`tencent_mps.enums.CreateWatermarkTemplateRequestType`); others may appear:
    ``image``: image watermark
    ``text``: text watermark
    ``svg``: SVG watermark

    Required in requests.

    Wire name: ``Type``.
    """

    name: str | None = None
    """Watermark template name, at most 64 characters.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Template description, at most 256 characters.

    Wire name: ``Comment``.
    """

    coordinate_origin: str | None = None
    """Corner used as the origin for positioning the watermark. Defaults to TopLeft.

    Known values (:class:`tencent_mps.enums.RawWatermarkParameterCoordinateOrigin`); others may appear:
    ``TopLeft``: origin at the top-left corner of the video and of the watermark
    ``TopRight``: origin at the top-right corner of the video and of the watermark
    ``BottomLeft``: origin at the bottom-left corner of the video and of the watermark
    ``BottomRight``: origin at the bottom-right corner of the video and of the watermark

    Wire name: ``CoordinateOrigin``.
    """

    x_pos: str | None = None
    """Horizontal offset of the watermark origin from the video origin, either a percentage of
    the video width (e.g. 10%) or pixels (e.g. 100px). Defaults to 0px.

    Wire name: ``XPos``.
    """

    y_pos: str | None = None
    """Vertical offset of the watermark origin from the video origin, either a percentage of
    the video height (e.g. 10%) or pixels (e.g. 100px). Defaults to 0px.

    Wire name: ``YPos``.
    """

    image_template: models.ImageWatermarkInput | None = None
    """Image watermark settings; required and used only when Type is image.

    Wire name: ``ImageTemplate``.
    """

    text_template: models.TextWatermarkTemplateInput | None = None
    """Text watermark settings; required and used only when Type is text.

    Wire name: ``TextTemplate``.
    """

    svg_template: models.SvgWatermarkInput | None = None
    """SVG watermark settings; required and used only when Type is svg.

    Wire name: ``SvgTemplate``.
    """


_KNOWN = frozenset(CreateWatermarkTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateWatermarkTemplateRequest:
    """Decode one ``CreateWatermarkTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateWatermarkTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
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
            v = _S["ImageWatermarkInput"](v)
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateWatermarkTemplateRequest, _structure)
