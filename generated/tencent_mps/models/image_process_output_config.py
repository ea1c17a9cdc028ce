# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageProcessOutputConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ImageProcessOutputConfig(Model):
    """Output settings of an orchestrated image processing task: aspect ratio, size, resolution,
    format and quality.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "aspect_ratio": "AspectRatio",
        "image_height": "ImageHeight",
        "image_width": "ImageWidth",
        "image_size": "ImageSize",
        "format": "Format",
        "quality": "Quality",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "int",
        "str",
        "str",
        "int",
    )

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


_KNOWN = frozenset(ImageProcessOutputConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ImageProcessOutputConfig:
    """Decode one ``ImageProcessOutputConfig`` wire object: the straight-line decoder of this model."""
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


bind(ImageProcessOutputConfig, _structure)
