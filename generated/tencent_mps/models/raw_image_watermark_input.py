# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``RawImageWatermarkInput`` (sent in requests)."""

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
class RawImageWatermarkInput(Model):
    """Image watermark definition supplied inline, specifying the image source, its size and
    looping behavior.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "image_content": "ImageContent",
        "width": "Width",
        "height": "Height",
        "repeat_type": "RepeatType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "MediaInputInfo!",
        "str",
        "str",
        "str",
    )

    image_content: models.MediaInputInfo | None = None
    """Source of the watermark image; jpeg and png are supported.

    Required in requests.

    Wire name: ``ImageContent``.
    """

    width: str | None = None
    """Watermark width as a percentage of the video width (e.g. 10%) or in pixels (e.g. 100px).
    Default 10%.

    Wire name: ``Width``.
    """

    height: str | None = None
    """Watermark height as a percentage of the video height (e.g. 10%) or in pixels (e.g.
    100px). Default 0px, which scales the height to keep the image aspect ratio.

    Wire name: ``Height``.
    """

    repeat_type: str | None = None
    """Playback behavior for animated watermarks. Default repeat.

    Known values (:class:`tencent_mps.enums.RawImageWatermarkInputRepeatType`); others may appear:
    ``once``: Play once and then disappear
    ``repeat_last_frame``: Play once and stay on the last frame
    ``repeat``: Loop until the video ends

    Wire name: ``RepeatType``.
    """


_KNOWN = frozenset(RawImageWatermarkInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> RawImageWatermarkInput:
    """Decode one ``RawImageWatermarkInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(RawImageWatermarkInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ImageContent")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("ImageContent") from None
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


bind(RawImageWatermarkInput, _structure)
