# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageProcessOutputConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ImageProcessOutputConfig:
    """Output settings of an orchestrated image processing task: aspect ratio, size, resolution,
    format and quality.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "aspect_ratio": "AspectRatio",
        "image_height": "ImageHeight",
        "image_width": "ImageWidth",
        "image_size": "ImageSize",
        "format": "Format",
        "quality": "Quality",
    }
    """Attribute name -> wire name, for every field."""

    aspect_ratio: str | None = None
    """Aspect ratio of the output image. Alone it adapts to the input; with ImageWidth or
    ImageHeight the other side is derived; when width and height are both given they take
    precedence. Supported by ScheduleId 30010 (image outpainting).

    Known values (:class:`tencent_mps.enums.ImageProcessOutputConfigAspectRatio`); others may appear:
    ``1:1``: square
    ``3:2``: landscape 3:2
    ``2:3``: portrait 2:3
    ``3:4``: portrait 3:4
    ``4:3``: landscape 4:3
    ``4:5``: portrait 4:5
    ``5:4``: landscape 5:4
    ``9:16``: portrait 9:16
    ``16:9``: landscape 16:9
    ``21:9``: ultra-wide 21:9

    Wire name: ``AspectRatio``.
    """

    image_height: int | None = None
    """Output image height, in pixels.

    Unit: px.

    Wire name: ``ImageHeight``.
    """

    image_width: int | None = None
    """Output image width, in pixels.

    Unit: px.

    Wire name: ``ImageWidth``.
    """

    image_size: str | None = None
    """Output image resolution class: 1K, 2K or 4K.

    Known values (:class:`tencent_mps.enums.AiTryOnConfigResolution`); others may appear:
    ``1K``: about 1K resolution
    ``2K``: about 2K resolution
    ``4K``: about 4K resolution

    Wire name: ``ImageSize``.
    """

    format: str | None = None
    """Encoding format of the output image.

    Known values (:class:`tencent_mps.enums.ImageProcessOutputConfigFormat`); others may appear:
    ``PNG``: png image
    ``JPG``: jpeg image
    ``WEBP``: webp image
    ``HEIF``: heif image
    ``AVIF``: avif image

    Wire name: ``Format``.
    """

    quality: int | None = None
    """Image quality from 0 to 100; applies to some output formats and only when Format is set.

    Wire name: ``Quality``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageProcessOutputConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "AspectRatio",
        "ImageHeight",
        "ImageWidth",
        "ImageSize",
        "Format",
        "Quality",
    }
)


def _structure(data: Any) -> ImageProcessOutputConfig:
    """Decode one ``ImageProcessOutputConfig`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ImageProcessOutputConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("AspectRatio")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AspectRatio", "a string", v)
    o.aspect_ratio = v
    v = get("ImageHeight")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ImageHeight", "an integer", v)
    o.image_height = v
    v = get("ImageWidth")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ImageWidth", "an integer", v)
    o.image_width = v
    v = get("ImageSize")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ImageSize", "a string", v)
    o.image_size = v
    v = get("Format")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Format", "a string", v)
    o.format = v
    v = get("Quality")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Quality", "an integer", v)
    o.quality = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ImageProcessOutputConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.aspect_ratio
    if v is not None:
        d["AspectRatio"] = v
    v = o.image_height
    if v is not None:
        d["ImageHeight"] = v
    v = o.image_width
    if v is not None:
        d["ImageWidth"] = v
    v = o.image_size
    if v is not None:
        d["ImageSize"] = v
    v = o.format
    if v is not None:
        d["Format"] = v
    v = o.quality
    if v is not None:
        d["Quality"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ImageProcessOutputConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ImageProcessOutputConfig:
        o = _e.as_model(o, ImageProcessOutputConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.aspect_ratio
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AspectRatio", v)
        d["AspectRatio"] = v
    v = o.image_height
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("ImageHeight", v)
        d["ImageHeight"] = v
    v = o.image_width
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("ImageWidth", v)
        d["ImageWidth"] = v
    v = o.image_size
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ImageSize", v)
        d["ImageSize"] = v
    v = o.format
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Format", v)
        d["Format"] = v
    v = o.quality
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Quality", v)
        d["Quality"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
