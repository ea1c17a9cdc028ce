# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageResizeConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ImageResizeConfig:
    """Settings for resizing an image: mode, scale factor and target dimensions.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "mode": "Mode",
        "percent": "Percent",
        "width": "Width",
        "height": "Height",
        "long_side": "LongSide",
        "short_side": "ShortSide",
    }
    """Attribute name -> wire name, for every field."""

    switch: str | None = None
    """Whether resizing is enabled. Defaults to ON.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enabled
    ``OFF``: disabled

    Wire name: ``Switch``.
    """

    mode: str | None = None
    """How the image is resized. Defaults to percent. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.ImageResizeConfigMode`); others may appear:
    ``percent``: scale by the given factor, decimals allowed
    ``mfit``: scale to the larger rectangle covering the given size
    ``lfit``: scale to the smaller rectangle fitting in the given size
    ``fill``: scale to the larger rectangle, then crop the given size from the center
    ``pad``: scale to the smaller rectangle, then pad to the given size
    ``fixed``: force-scale to exactly the given width and height

    Wire name: ``Mode``.
    """

    percent: float | None = None
    """Scale factor, decimals allowed, used when Mode is percent. Range [0.1, 10.0]; defaults
    to 1.0. May be null if unavailable.

    Wire name: ``Percent``.
    """

    width: int | None = None
    """Target image width, in the range [1, 16384]; takes precedence when Mode is not percent.
    May be null if unavailable.

    Wire name: ``Width``.
    """

    height: int | None = None
    """Target image height, in the range [1, 16384]; takes precedence when Mode is not percent.
    May be null if unavailable.

    Wire name: ``Height``.
    """

    long_side: int | None = None
    """Target length of the long side, in the range [1, 16384]; used when Mode is not percent
    and Width and Height are not set. May be null if unavailable.

    Wire name: ``LongSide``.
    """

    short_side: int | None = None
    """Target length of the short side, in the range [1, 16384]; used when Mode is not percent
    and Width and Height are not set. May be null if unavailable.

    Wire name: ``ShortSide``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageResizeConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Switch",
        "Mode",
        "Percent",
        "Width",
        "Height",
        "LongSide",
        "ShortSide",
    }
)


def _structure(data: Any) -> ImageResizeConfig:
    """Decode one ``ImageResizeConfig`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ImageResizeConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("Mode")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Mode", "a string", v)
    o.mode = v
    v = get("Percent")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Percent", v)
    o.percent = v
    v = get("Width")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Width", "an integer", v)
    o.width = v
    v = get("Height")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Height", "an integer", v)
    o.height = v
    v = get("LongSide")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("LongSide", "an integer", v)
    o.long_side = v
    v = get("ShortSide")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ShortSide", "an integer", v)
    o.short_side = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ImageResizeConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.switch
    if v is not None:
        d["Switch"] = v
    v = o.mode
    if v is not None:
        d["Mode"] = v
    v = o.percent
    if v is not None:
        d["Percent"] = v
    v = o.width
    if v is not None:
        d["Width"] = v
    v = o.height
    if v is not None:
        d["Height"] = v
    v = o.long_side
    if v is not None:
        d["LongSide"] = v
    v = o.short_side
    if v is not None:
        d["ShortSide"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ImageResizeConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ImageResizeConfig:
        o = _e.as_model(o, ImageResizeConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.switch
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Switch", v)
        d["Switch"] = v
    v = o.mode
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Mode", v)
        d["Mode"] = v
    v = o.percent
    if v is not None:
        d["Percent"] = _e.number("Percent", v)
    v = o.width
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Width", v)
        d["Width"] = v
    v = o.height
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Height", v)
        d["Height"] = v
    v = o.long_side
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("LongSide", v)
        d["LongSide"] = v
    v = o.short_side
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("ShortSide", v)
        d["ShortSide"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
