# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``BeautyConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class BeautyConfig:
    """Beautification settings: face effects and filters to apply.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "beauty_effect_items": "BeautyEffectItems",
        "beauty_filter_items": "BeautyFilterItems",
        "type": "Type",
    }
    """Attribute name -> wire name, for every field."""

    beauty_effect_items: list[models.BeautyEffectItemConfig] | None = None
    """Beautification effects to apply.

    Wire name: ``BeautyEffectItems``.
    """

    beauty_filter_items: list[models.BeautyFilterItemConfig] | None = None
    """Beautification filters to apply.

    Wire name: ``BeautyFilterItems``.
    """

    type: str | None = None
    """Beautification type; ignored when explicit beautification parameters are given.

    Known values (:class:`tencent_mps.enums.BeautyConfigType`); others may appear:
    ``auto``: smart automatic beautification

    Wire name: ``Type``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BeautyConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "BeautyEffectItems",
        "BeautyFilterItems",
        "Type",
    }
)


def _structure(data: Any) -> BeautyConfig:
    """Decode one ``BeautyConfig`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(BeautyConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("BeautyEffectItems")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("BeautyEffectItems", "an array", v)
        if v:
            f = _S["BeautyEffectItemConfig"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("BeautyEffectItems", v, f) from None
        else:
            v = []
    o.beauty_effect_items = v
    v = get("BeautyFilterItems")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("BeautyFilterItems", "an array", v)
        if v:
            f = _S["BeautyFilterItemConfig"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("BeautyFilterItems", v, f) from None
        else:
            v = []
    o.beauty_filter_items = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: BeautyConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.beauty_effect_items
    if v is not None:
        d["BeautyEffectItems"] = [_d.wire(x) for x in v]
    v = o.beauty_filter_items
    if v is not None:
        d["BeautyFilterItems"] = [_d.wire(x) for x in v]
    v = o.type
    if v is not None:
        d["Type"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``BeautyConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not BeautyConfig:
        o = _e.as_model(o, BeautyConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.beauty_effect_items
    if v is not None:
        d["BeautyEffectItems"] = _e.models("BeautyEffectItems", v, _R["BeautyEffectItemConfig"])
    v = o.beauty_filter_items
    if v is not None:
        d["BeautyFilterItems"] = _e.models("BeautyFilterItems", v, _R["BeautyFilterItemConfig"])
    v = o.type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Type", v)
        d["Type"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
