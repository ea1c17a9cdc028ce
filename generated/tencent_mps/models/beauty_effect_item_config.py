# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``BeautyEffectItemConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class BeautyEffectItemConfig(Model):
    """One beautification effect, such as whitening or face slimming, with its strength."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "switch": "Switch",
        "value": "Value",
        "resource_path": "ResourcePath",
        "ext_info": "ExtInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
        "int",
        "str",
        "str",
    )

    type: str | None = None
    """Which beautification effect this item applies.

    Known values (:class:`tencent_mps.enums.BeautyEffectItemConfigType`); others may appear:
    ``Whiten``: skin whitening
    ``BlackAlpha1``: skin tanning
    ``BlackAlpha2``: stronger skin tanning
    ``FoundationAlpha2``: whitening with a pinkish tone
    ``Clear``: clarity
    ``Sharpen``: sharpening
    ``Smooth``: skin smoothing
    ``BeautyThinFace``: face slimming
    ``NatureFace``: natural face shape
    ``VFace``: V-shaped face
    ``EnlargeEye``: eye enlarging
    ``EyeLighten``: eye brightening
    ``RemoveEyeBags``: eye bag removal
    ``ThinNose``: nose slimming
    ``RemoveLawLine``: nasolabial fold removal
    ``CheekboneThin``: cheekbone slimming
    ``FaceFeatureLipsLut``: lipstick
    ``ToothWhiten``: teeth whitening
    ``FaceFeatureSoftlight``: soft light
    ``Makeup``: makeup

    Required in requests.

    Wire name: ``Type``.
    """

    switch: str | None = None
    """Turns this effect on or off. Defaults to ON.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enabled
    ``OFF``: disabled

    Wire name: ``Switch``.
    """

    value: int | None = None
    """Strength of the effect, in the range [0, 100].

    Wire name: ``Value``.
    """

    resource_path: str | None = None
    """Path of an additional resource used by the effect, for example a makeup resource.

    Wire name: ``ResourcePath``.
    """

    ext_info: str | None = None
    """Custom parameters for the effect as a JSON string, for example a color.

    Wire name: ``ExtInfo``.
    """


_KNOWN = frozenset(BeautyEffectItemConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> BeautyEffectItemConfig:
    """Decode one ``BeautyEffectItemConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(BeautyEffectItemConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("Value")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Value", "an integer", v)
    o.value = v
    v = get("ResourcePath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ResourcePath", "a string", v)
    o.resource_path = v
    v = get("ExtInfo")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ExtInfo", "a string", v)
    o.ext_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(BeautyEffectItemConfig, _structure)
