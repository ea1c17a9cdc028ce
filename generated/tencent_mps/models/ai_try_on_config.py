# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiTryOnConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiTryOnConfig(Model):
    """Settings for a virtual try-on task that dresses a subject in the given garments."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "model": "Model",
        "prompt": "Prompt",
        "resolution": "Resolution",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
        "str",
    )

    model: str | None = None
    """Try-on model to use.

    Known values (:class:`tencent_mps.enums.AiTryOnConfigModel`); others may appear:
    ``tryon-1.0-lite``: try-on model 1.0, lite edition
    ``tryon-1.0-flash``: try-on model 1.0, flash edition
    ``tryon-1.0-pro``: try-on model 1.0, pro edition

    Required in requests.

    Wire name: ``Model``.
    """

    prompt: str | None = None
    """Instruction for the try-on; a built-in instruction is used when empty.

    Wire name: ``Prompt``.
    """

    resolution: str | None = None
    """Resolution of the output image. Defaults to 1K.

    Known values (:class:`tencent_mps.enums.AiTryOnConfigResolution`); others may appear:
    ``1K``: 1K output
    ``2K``: 2K output
    ``4K``: 4K output

    Wire name: ``Resolution``.
    """


_KNOWN = frozenset(AiTryOnConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiTryOnConfig:
    """Decode one ``AiTryOnConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiTryOnConfig)
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
    v = get("Resolution")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Resolution", "a string", v)
    o.resolution = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiTryOnConfig, _structure)
