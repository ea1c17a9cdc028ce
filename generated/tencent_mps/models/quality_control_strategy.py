# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``QualityControlStrategy`` (sent in requests)."""

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
class QualityControlStrategy(Model):
    """Spot-check strategy of media quality control, deciding which parts of the media are
    inspected.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "strategy_type": "StrategyType",
        "time_spot_check": "TimeSpotCheck",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "TimeSpotCheck",
    )

    strategy_type: str | None = None
    """Type of spot-check strategy; TimeSpotCheck is the only option.

    Known values (:class:`tencent_mps.enums.QualityControlStrategyStrategyType`); others may appear:
    ``TimeSpotCheck``: spot-check by time, configured in TimeSpotCheck

    Wire name: ``StrategyType``.
    """

    time_spot_check: models.TimeSpotCheck | None = None
    """Settings of the time-based spot-check strategy.

    Wire name: ``TimeSpotCheck``.
    """


_KNOWN = frozenset(QualityControlStrategy.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> QualityControlStrategy:
    """Decode one ``QualityControlStrategy`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(QualityControlStrategy)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("StrategyType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("StrategyType", "a string", v)
    o.strategy_type = v
    v = get("TimeSpotCheck")
    if v is not None:
        n += 1
        try:
            v = _S["TimeSpotCheck"](v)
        except DecodeError as e:
            raise e.with_prefix("TimeSpotCheck") from None
    o.time_spot_check = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(QualityControlStrategy, _structure)
