# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``BeautyEffectItemConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class BeautyEffectItemConfig:
    """One beautification effect, such as whitening or face slimming, with its strength.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "switch": "Switch",
        "value": "Value",
        "resource_path": "ResourcePath",
        "ext_info": "ExtInfo",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BeautyEffectItemConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "Switch",
        "Value",
        "ResourcePath",
        "ExtInfo",
    }
)


def _structure(data: Any) -> BeautyEffectItemConfig:
    """Decode one ``BeautyEffectItemConfig`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: BeautyEffectItemConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.switch
    if v is not None:
        d["Switch"] = v
    v = o.value
    if v is not None:
        d["Value"] = v
    v = o.resource_path
    if v is not None:
        d["ResourcePath"] = v
    v = o.ext_info
    if v is not None:
        d["ExtInfo"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``BeautyEffectItemConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not BeautyEffectItemConfig:
        o = _e.as_model(o, BeautyEffectItemConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is None:
        raise _e.missing("Type", "a string")
    if type(v) is not str:
        v = _e.as_str("Type", v)
    d["Type"] = v
    v = o.switch
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Switch", v)
        d["Switch"] = v
    v = o.value
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Value", v)
        d["Value"] = v
    v = o.resource_path
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ResourcePath", v)
        d["ResourcePath"] = v
    v = o.ext_info
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ExtInfo", v)
        d["ExtInfo"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
