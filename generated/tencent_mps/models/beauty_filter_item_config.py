# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``BeautyFilterItemConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class BeautyFilterItemConfig(Model):
    """One beautification color filter with its strength."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "switch": "Switch",
        "value": "Value",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
        "int",
    )

    type: str | None = None
    """Which filter this item applies.

    Known values (:class:`tencent_mps.enums.BeautyFilterItemConfigType`); others may appear:
    ``Dongjing``: Tokyo filter
    ``Qingjiaopian``: light film filter
    ``Meiwei``: delicious (food-tone) filter

    Required in requests.

    Wire name: ``Type``.
    """

    switch: str | None = None
    """Turns this filter on or off. Defaults to ON.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enabled
    ``OFF``: disabled

    Wire name: ``Switch``.
    """

    value: int | None = None
    """Strength of the filter, in the range [-100, 100].

    Wire name: ``Value``.
    """


_KNOWN = frozenset(BeautyFilterItemConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> BeautyFilterItemConfig:
    """Decode one ``BeautyFilterItemConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(BeautyFilterItemConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("Value")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Value", "an integer", v)
    o.value = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(BeautyFilterItemConfig, _structure)
