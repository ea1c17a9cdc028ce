# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FrameRateWithDenConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FrameRateWithDenConfig(Model):
    """Frame interpolation settings that express the target frame rate as a fraction, allowing non-
    integer rates.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "fps_num": "FpsNum",
        "fps_den": "FpsDen",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "int",
    )

    switch: str | None = None
    """Switch for this capability. Default ON.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: Enabled
    ``OFF``: Disabled

    Wire name: ``Switch``.
    """

    fps_num: int | None = None
    """Numerator of the target frame rate in Hz; non-negative, and the value divided by FpsDen
    must be below 120. Default 0. For transcoding it overrides the Fps in the video
    template. May be null.

    Unit: Hz.

    Wire name: ``FpsNum``.
    """

    fps_den: int | None = None
    """Denominator of the target frame rate, at least 1. Default 1. For transcoding it
    overrides FpsDenominator in the video template. May be null.

    Wire name: ``FpsDen``.
    """


_KNOWN = frozenset(FrameRateWithDenConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> FrameRateWithDenConfig:
    """Decode one ``FrameRateWithDenConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FrameRateWithDenConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("FpsNum")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("FpsNum", "an integer", v)
    o.fps_num = v
    v = get("FpsDen")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("FpsDen", "an integer", v)
    o.fps_den = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(FrameRateWithDenConfig, _structure)
