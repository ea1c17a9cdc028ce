# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AdvancedSuperResolutionConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AdvancedSuperResolutionConfig:
    """Super-resolution settings for image processing: model type and how the output size is
    chosen.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AdvancedSuperResolutionConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Switch",
        "Type",
        "Mode",
        "Percent",
        "Width",
        "Height",
        "LongSide",
        "ShortSide",
    }
)


def _structure(data: Any) -> AdvancedSuperResolutionConfig:
    """Decode one ``AdvancedSuperResolutionConfig`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: AdvancedSuperResolutionConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.switch
    if v is not None:
        d["Switch"] = v
    v = o.type
    if v is not None:
        d["Type"] = v
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
    """Check a ``AdvancedSuperResolutionConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AdvancedSuperResolutionConfig:
        o = _e.as_model(o, AdvancedSuperResolutionConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.switch
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Switch", v)
        d["Switch"] = v
    v = o.type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Type", v)
        d["Type"] = v
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
