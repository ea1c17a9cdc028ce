# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageResizeConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ImageResizeConfig(Model):
    """Settings for resizing an image: mode, scale factor and target dimensions."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "mode": "Mode",
        "percent": "Percent",
        "width": "Width",
        "height": "Height",
        "long_side": "LongSide",
        "short_side": "ShortSide",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "float",
        "int",
        "int",
        "int",
        "int",
    )

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


_KNOWN = frozenset(ImageResizeConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ImageResizeConfig:
    """Decode one ``ImageResizeConfig`` wire object: the straight-line decoder of this model."""
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


bind(ImageResizeConfig, _structure)
