# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``UnderstandImageConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class UnderstandImageConfig(Model):
    """Settings of an image understanding task: model, instruction and model parameters."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "model": "Model",
        "prompt": "Prompt",
        "parameters": "Parameters",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str",
    )

    model: str | None = None
    """Image understanding model to use. Required.

    Known values (:class:`tencent_mps.enums.UnderstandImageConfigModel`); others may appear:
    ``understand-1.0-lite``: lightweight understanding model
    ``understand-1.0-flash``: model balancing quality and speed
    ``understand-1.0-pro``: high-quality understanding model

    Required in requests.

    Wire name: ``Model``.
    """

    prompt: str | None = None
    """Instruction telling the model what to do with the image. Required.

    Required in requests.

    Wire name: ``Prompt``.
    """

    parameters: str | None = None
    """Model parameters as a JSON string, for example {"Temperature":0.6}.

    Wire name: ``Parameters``.
    """


_KNOWN = frozenset(UnderstandImageConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> UnderstandImageConfig:
    """Decode one ``UnderstandImageConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(UnderstandImageConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Model")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Model", "a string", v)
    o.model = v
    v = get("Prompt")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Prompt", "a string", v)
    o.prompt = v
    v = get("Parameters")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Parameters", "a string", v)
    o.parameters = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(UnderstandImageConfig, _structure)
