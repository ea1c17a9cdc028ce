# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``RawImageWatermarkInput``: the model and its codecs."""

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
class RawImageWatermarkInput:
    """Image watermark definition supplied inline, specifying the image source, its size and
    looping behavior.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "image_content": "ImageContent",
        "width": "Width",
        "height": "Height",
        "repeat_type": "RepeatType",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RawImageWatermarkInput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ImageContent",
        "Width",
        "Height",
        "RepeatType",
    }
)


def _structure(data: Any) -> RawImageWatermarkInput:
    """Decode one ``RawImageWatermarkInput`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: RawImageWatermarkInput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.image_content
    if v is not None:
        d["ImageContent"] = _d.wire(v)
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


def _request(o: Any) -> dict[str, Any]:
    """Check a ``RawImageWatermarkInput`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not RawImageWatermarkInput:
        o = _e.as_model(o, RawImageWatermarkInput)
    d: dict[str, Any] = {}
    v: Any
    v = o.image_content
    if v is None:
        raise _e.missing("ImageContent", "an object")
    try:
        d["ImageContent"] = _R["MediaInputInfo"](v)
    except ValidationError as e:
        raise e.with_prefix("ImageContent") from None
    v = o.width
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Width", v)
        d["Width"] = v
    v = o.height
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Height", v)
        d["Height"] = v
    v = o.repeat_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("RepeatType", v)
        d["RepeatType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
