# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageWatermarkTemplate``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ImageWatermarkTemplate:
    """Image watermark settings as stored in a watermark template.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "image_url": "ImageUrl",
        "width": "Width",
        "height": "Height",
        "repeat_type": "RepeatType",
    }
    """Attribute name -> wire name, for every field."""

    image_url: str | None = None
    """URL of the watermark image.

    Wire name: ``ImageUrl``.
    """

    width: str | None = None
    """Watermark width: a value ending in % is a percentage of the video width, one ending in
    px is pixels.

    Wire name: ``Width``.
    """

    height: str | None = None
    """Watermark height: a value ending in % is a percentage of the video height, one ending in
    px is pixels; 0px scales the height in proportion to Width.

    Wire name: ``Height``.
    """

    repeat_type: str | None = None
    """How an animated watermark repeats.

    Known values (:class:`tencent_mps.enums.RawImageWatermarkInputRepeatType`); others may appear:
    ``once``: show the animation once, then hide it
    ``repeat_last_frame``: stay on the last frame after playing
    ``repeat``: loop until the video ends

    Wire name: ``RepeatType``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageWatermarkTemplate:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ImageUrl",
        "Width",
        "Height",
        "RepeatType",
    }
)


def _structure(data: Any) -> ImageWatermarkTemplate:
    """Decode one ``ImageWatermarkTemplate`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ImageWatermarkTemplate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ImageUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ImageUrl", "a string", v)
    o.image_url = v
    v = get("Width")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Width", "a string", v)
    o.width = v
    v = get("Height")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Height", "a string", v)
    o.height = v
    v = get("RepeatType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("RepeatType", "a string", v)
    o.repeat_type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ImageWatermarkTemplate) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.image_url
    if v is not None:
        d["ImageUrl"] = v
    v = o.width
    if v is not None:
        d["Width"] = v
    v = o.height
    if v is not None:
        d["Height"] = v
    v = o.repeat_type
    if v is not None:
        d["RepeatType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
