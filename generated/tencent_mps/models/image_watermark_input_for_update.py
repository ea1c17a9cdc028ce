# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageWatermarkInputForUpdate`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ImageWatermarkInputForUpdate(Model):
    """Settings of an image watermark when modifying a watermark template; every field is optional."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "image_content": "ImageContent",
        "width": "Width",
        "height": "Height",
        "repeat_type": "RepeatType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
    )

    image_content: str | None = None
    """New watermark image as a Base64-encoded string; JPEG and PNG are supported.

    Wire name: ``ImageContent``.
    """

    width: str | None = None
    """Watermark width: a value ending in % is a percentage of the video width, one ending in
    px is pixels in [8, 4096].

    Wire name: ``Width``.
    """

    height: str | None = None
    """Watermark height: a value ending in % is a percentage of the video height, one ending in
    px is pixels, 0 or [8, 4096].

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


_KNOWN = frozenset(ImageWatermarkInputForUpdate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ImageWatermarkInputForUpdate:
    """Decode one ``ImageWatermarkInputForUpdate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ImageWatermarkInputForUpdate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ImageContent")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ImageContent", "a string", v)
    o.image_content = v
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


bind(ImageWatermarkInputForUpdate, _structure)
