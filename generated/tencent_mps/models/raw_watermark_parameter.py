# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``RawWatermarkParameter``: the model and its codecs."""

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
class RawWatermarkParameter:
    """Custom watermark definition given directly in a request instead of a watermark template,
    including its type, position and image content.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "coordinate_origin": "CoordinateOrigin",
        "x_pos": "XPos",
        "y_pos": "YPos",
        "image_template": "ImageTemplate",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RawWatermarkParameter:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "CoordinateOrigin",
        "XPos",
        "YPos",
        "ImageTemplate",
    }
)


def _structure(data: Any) -> RawWatermarkParameter:
    """Decode one ``RawWatermarkParameter`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: RawWatermarkParameter) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
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
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``RawWatermarkParameter`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not RawWatermarkParameter:
        o = _e.as_model(o, RawWatermarkParameter)
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is None:
        raise _e.missing("Type", "a string")
    if type(v) is not str:
        v = _e.as_str("Type", v)
    d["Type"] = v
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
            d["ImageTemplate"] = _R["RawImageWatermarkInput"](v)
        except ValidationError as e:
            raise e.with_prefix("ImageTemplate") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
