# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyWatermarkTemplateRequest``: the model and its codecs."""

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
class ModifyWatermarkTemplateRequest:
    """Request of ModifyWatermarkTemplate: the template ID and the position and content settings to
    change.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModifyWatermarkTemplateRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Definition",
        "Name",
        "Comment",
        "CoordinateOrigin",
        "XPos",
        "YPos",
        "ImageTemplate",
        "TextTemplate",
        "SvgTemplate",
    }
)


def _structure(data: Any) -> ModifyWatermarkTemplateRequest:
    """Decode one ``ModifyWatermarkTemplateRequest`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ModifyWatermarkTemplateRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is not None:
        d["Definition"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.comment
    if v is not None:
        d["Comment"] = v
    v = o.coordinate_origin
    if v is not None:
        d["CoordinateOrigin"] = v
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
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ModifyWatermarkTemplateRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ModifyWatermarkTemplateRequest:
        o = _e.as_model(o, ModifyWatermarkTemplateRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is None:
        raise _e.missing("Definition", "an integer")
    if type(v) is not int:
        v = _e.as_int("Definition", v)
    d["Definition"] = v
    v = o.name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Name", v)
        d["Name"] = v
    v = o.comment
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Comment", v)
        d["Comment"] = v
    v = o.coordinate_origin
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("CoordinateOrigin", v)
        d["CoordinateOrigin"] = v
    v = o.x_pos
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("XPos", v)
        d["XPos"] = v
    v = o.y_pos
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("YPos", v)
        d["YPos"] = v
    v = o.image_template
    if v is not None:
        try:
            d["ImageTemplate"] = _R["ImageWatermarkInputForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("ImageTemplate") from None
    v = o.text_template
    if v is not None:
        try:
            d["TextTemplate"] = _R["TextWatermarkTemplateInputForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("TextTemplate") from None
    v = o.svg_template
    if v is not None:
        try:
            d["SvgTemplate"] = _R["SvgWatermarkInputForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("SvgTemplate") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
