# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FaceEnhanceConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FaceEnhanceConfig(Model):
    """Settings for face enhancement: an on/off switch and an intensity."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "intensity": "Intensity",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "float",
    )

    switch: str | None = None
    """Whether face enhancement is enabled. Defaults to ON.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enabled
    ``OFF``: disabled

    Wire name: ``Switch``.
    """

    intensity: float | None = None
    """Enhancement strength, from 0.0 to 1.0. Defaults to 0.0. May be null if unavailable.

    Wire name: ``Intensity``.
    """


_KNOWN = frozenset(FaceEnhanceConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> FaceEnhanceConfig:
    """Decode one ``FaceEnhanceConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FaceEnhanceConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("Intensity")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Intensity", v)
    o.intensity = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(FaceEnhanceConfig, _structure)
