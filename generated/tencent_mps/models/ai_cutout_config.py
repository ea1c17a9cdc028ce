# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiCutoutConfig`` (sent in requests)."""

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
class AiCutoutConfig(Model):
    """Settings for AI cutout, which extracts the foreground or a pattern from an image."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "type": "Type",
        "pattern_config": "PatternConfig",
        "model": "Model",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "PatternConfig",
        "str",
    )

    switch: str | None = None
    """Turns AI cutout on (ON) or off (OFF). Defaults to ON.

    Wire name: ``Switch``.
    """

    type: str | None = None
    """What to cut out: foreground (default) or pattern.

    Wire name: ``Type``.
    """

    pattern_config: models.PatternConfig | None = None
    """Pattern cutout settings; takes effect only when Type is pattern.

    Wire name: ``PatternConfig``.
    """

    model: str | None = None
    """Cutout model to use.

    Known values (:class:`tencent_mps.enums.AiCutoutConfigModel`); others may appear:
    ``cutout-1.0-lite``: basic edition, fastest
    ``cutout-1.0-flash``: standard edition, balances quality and speed

    Wire name: ``Model``.
    """


_KNOWN = frozenset(AiCutoutConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiCutoutConfig:
    """Decode one ``AiCutoutConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiCutoutConfig)
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
    v = get("PatternConfig")
    if v is not None:
        n += 1
        try:
            v = _S["PatternConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("PatternConfig") from None
    o.pattern_config = v
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


bind(AiCutoutConfig, _structure)
