# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiComposeConfig`` (sent in requests)."""

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
class AiComposeConfig(Model):
    """Settings for AI layer composition, which merges several image layers onto one canvas."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "model": "Model",
        "canvas": "Canvas",
        "layers": "Layers",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "ImageComposeCanvas",
        "[ImageComposeLayer",
    )

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


_KNOWN = frozenset(AiComposeConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiComposeConfig:
    """Decode one ``AiComposeConfig`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("Layers", v, _S["ImageComposeLayer"])
    o.layers = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiComposeConfig, _structure)
