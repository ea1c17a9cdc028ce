# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiDecomposeConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiDecomposeConfig(Model):
    """Settings for AI layer decomposition, which splits an image into several layers."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "layers": "Layers",
        "prompt": "Prompt",
        "model": "Model",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "str",
        "str",
    )

    switch: str | None = None
    """Turns layer decomposition on or off. Defaults to ON.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: layer decomposition enabled
    ``OFF``: layer decomposition disabled

    Wire name: ``Switch``.
    """

    layers: int | None = None
    """Expected number of layers to produce, in the range [2, 17].

    Wire name: ``Layers``.
    """

    prompt: str | None = None
    """Text prompt guiding the decomposition.

    Wire name: ``Prompt``.
    """

    model: str | None = None
    """Decomposition model to use.

    Known values (:class:`tencent_mps.enums.AiDecomposeConfigModel`); others may appear:
    ``decompose-1.0-flash``: version 1.0 flash model

    Wire name: ``Model``.
    """


_KNOWN = frozenset(AiDecomposeConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiDecomposeConfig:
    """Decode one ``AiDecomposeConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiDecomposeConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("Layers")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Layers", "an integer", v)
    o.layers = v
    v = get("Prompt")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Prompt", "a string", v)
    o.prompt = v
    v = get("Model")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Model", "a string", v)
    o.model = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiDecomposeConfig, _structure)
