# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``QualityControlStrategy``: the model and its codecs."""

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
class QualityControlStrategy:
    """Spot-check strategy of media quality control, deciding which parts of the media are
    inspected.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "strategy_type": "StrategyType",
        "time_spot_check": "TimeSpotCheck",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QualityControlStrategy:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "StrategyType",
        "TimeSpotCheck",
    }
)


def _structure(data: Any) -> QualityControlStrategy:
    """Decode one ``QualityControlStrategy`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: QualityControlStrategy) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.strategy_type
    if v is not None:
        d["StrategyType"] = v
    v = o.time_spot_check
    if v is not None:
        d["TimeSpotCheck"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``QualityControlStrategy`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not QualityControlStrategy:
        o = _e.as_model(o, QualityControlStrategy)
    d: dict[str, Any] = {}
    v: Any
    v = o.strategy_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("StrategyType", v)
        d["StrategyType"] = v
    v = o.time_spot_check
    if v is not None:
        try:
            d["TimeSpotCheck"] = _R["TimeSpotCheck"](v)
        except ValidationError as e:
            raise e.with_prefix("TimeSpotCheck") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
