# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AdvancedSuperResolutionConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AdvancedSuperResolutionConfig(Model):
    """Super-resolution settings for image processing: model type and how the output size is
    chosen.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "type": "Type",
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
        "str",
        "float",
        "int",
        "int",
        "int",
        "int",
    )

    switch: str | None = None
    """Turns super-resolution on or off. Defaults to ON.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enabled
    ``OFF``: disabled

    Wire name: ``Switch``.
    """

    type: str | None = None
    """Super-resolution model to use. Defaults to standard. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.AdvancedSuperResolutionConfigType`); others may appear:
    ``standard``: general-purpose super-resolution
    ``super``: advanced super-resolution, super edition
    ``ultra``: advanced super-resolution, ultra edition

    Wire name: ``Type``.
    """

    mode: str | None = None
    """How the output size is determined. Defaults to percent. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.AdvancedSuperResolutionConfigMode`); others may appear:
    ``aspect``: upscale to the larger rectangle fitting the given width and height
    ``fixed``: upscale to exactly the given width and height, forcing the scale
    ``percent``: upscale by a factor, which may be a decimal

    Wire name: ``Mode``.
    """

    percent: float | None = None
    """Upscaling factor, which may be a decimal; used when Mode is percent. May be null if
    unavailable.

    Wire name: ``Percent``.
    """

    width: int | None = None
    """Target image width, at most 4096; takes precedence when Mode is aspect or fixed. May be
    null if unavailable.

    Wire name: ``Width``.
    """

    height: int | None = None
    """Target image height, at most 4096; takes precedence when Mode is aspect or fixed. May be
    null if unavailable.

    Wire name: ``Height``.
    """

    long_side: int | None = None
    """Target length of the long side, at most 4096; used when Mode is aspect or fixed and
    Width and Height are not set. May be null if unavailable.

    Wire name: ``LongSide``.
    """

    short_side: int | None = None
    """Target length of the short side, at most 4096; used when Mode is aspect or fixed and
    Width and Height are not set. May be null if unavailable.

    Wire name: ``ShortSide``.
    """


_KNOWN = frozenset(AdvancedSuperResolutionConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AdvancedSuperResolutionConfig:
    """Decode one ``AdvancedSuperResolutionConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AdvancedSuperResolutionConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
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


bind(AdvancedSuperResolutionConfig, _structure)
