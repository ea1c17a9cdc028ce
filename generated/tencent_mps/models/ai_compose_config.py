# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiComposeConfig``: the model and its codecs."""

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
class AiComposeConfig:
    """Settings for AI layer composition, which merges several image layers onto one canvas.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "model": "Model",
        "canvas": "Canvas",
        "layers": "Layers",
    }
    """Attribute name -> wire name, for every field."""

    switch: str | None = None
    """Turns layer composition on or off. Defaults to ON.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enabled (default)
    ``OFF``: disabled

    Wire name: ``Switch``.
    """

    model: str | None = None
    """Composition model; only compose-1.0-lite is available, which is the default and may be
    omitted.

    Wire name: ``Model``.
    """

    canvas: models.ImageComposeCanvas | None = None
    """Canvas definition. When omitted, the natural size of the bottom layer (lowest ZIndex) is
    used.

    Wire name: ``Canvas``.
    """

    layers: list[models.ImageComposeLayer] | None = None
    """Layers to compose, the only source of content; 1 to 20 layers.

    Wire name: ``Layers``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiComposeConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Switch",
        "Model",
        "Canvas",
        "Layers",
    }
)


def _structure(data: Any) -> AiComposeConfig:
    """Decode one ``AiComposeConfig`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiComposeConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("Model")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Model", "a string", v)
    o.model = v
    v = get("Canvas")
    if v is not None:
        n += 1
        try:
            v = _S["ImageComposeCanvas"](v)
        except DecodeError as e:
            raise e.with_prefix("Canvas") from None
    o.canvas = v
    v = get("Layers")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Layers", "an array", v)
        if v:
            f = _S["ImageComposeLayer"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Layers", v, f) from None
        else:
            v = []
    o.layers = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AiComposeConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.switch
    if v is not None:
        d["Switch"] = v
    v = o.model
    if v is not None:
        d["Model"] = v
    v = o.canvas
    if v is not None:
        d["Canvas"] = _d.wire(v)
    v = o.layers
    if v is not None:
        d["Layers"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AiComposeConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AiComposeConfig:
        o = _e.as_model(o, AiComposeConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.switch
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Switch", v)
        d["Switch"] = v
    v = o.model
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Model", v)
        d["Model"] = v
    v = o.canvas
    if v is not None:
        try:
            d["Canvas"] = _R["ImageComposeCanvas"](v)
        except ValidationError as e:
            raise e.with_prefix("Canvas") from None
    v = o.layers
    if v is not None:
        d["Layers"] = _e.models("Layers", v, _R["ImageComposeLayer"])
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
