# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiExpansionConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiExpansionConfig(Model):
    """Settings for AI image expansion (outpainting) to a target aspect ratio or size."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "aspect_ratio": "AspectRatio",
        "width": "Width",
        "height": "Height",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "int",
        "int",
    )

    switch: str | None = None
    """Turns AI expansion on (ON) or off (OFF). Defaults to ON.

    Wire name: ``Switch``.
    """

    aspect_ratio: str | None = None
    """Target aspect ratio, for example 16:9.

    Wire name: ``AspectRatio``.
    """

    width: int | None = None
    """Target width in pixels, in the range [0, 2048].

    Unit: px.

    Wire name: ``Width``.
    """

    height: int | None = None
    """Target height in pixels, in the range [0, 2048].

    Unit: px.

    Wire name: ``Height``.
    """


_KNOWN = frozenset(AiExpansionConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiExpansionConfig:
    """Decode one ``AiExpansionConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiExpansionConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("AspectRatio")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AspectRatio", "a string", v)
    o.aspect_ratio = v
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiExpansionConfig, _structure)
