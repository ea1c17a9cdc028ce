# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ColorEnhanceConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ColorEnhanceConfig(Model):
    """Color enhancement settings."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "type": "Type",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
    )

    switch: str | None = None
    """Switch for this capability. Default ON.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: Enabled
    ``OFF``: Disabled

    Wire name: ``Switch``.
    """

    type: str | None = None
    """Enhancement strength. Default weak. May be null.

    Known values (:class:`tencent_mps.enums.EnhancementStrength`); others may appear:
    ``weak``: Weak
    ``normal``: Normal
    ``strong``: Strong

    Wire name: ``Type``.
    """


_KNOWN = frozenset(ColorEnhanceConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ColorEnhanceConfig:
    """Decode one ``ColorEnhanceConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ColorEnhanceConfig)
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ColorEnhanceConfig, _structure)
