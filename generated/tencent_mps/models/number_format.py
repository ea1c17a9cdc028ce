# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``NumberFormat`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class NumberFormat(Model):
    """Formatting rules for the {number} variable used in output file names."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "initial_value": "InitialValue",
        "increment": "Increment",
        "min_length": "MinLength",
        "place_holder": "PlaceHolder",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "int",
        "str",
    )

    initial_value: int | None = None
    """Starting value of the {number} variable. Default: 0.

    Wire name: ``InitialValue``.
    """

    increment: int | None = None
    """Step by which the {number} variable increases. Default: 1.

    Wire name: ``Increment``.
    """

    min_length: int | None = None
    """Minimum length of the {number} variable; shorter values are padded with the placeholder.
    Default: 1.

    Wire name: ``MinLength``.
    """

    place_holder: str | None = None
    """Character used to pad the {number} variable when it is shorter than MinLength. Default:
    0.

    Wire name: ``PlaceHolder``.
    """


_KNOWN = frozenset(NumberFormat.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> NumberFormat:
    """Decode one ``NumberFormat`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(NumberFormat)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("InitialValue")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("InitialValue", "an integer", v)
    o.initial_value = v
    v = get("Increment")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Increment", "an integer", v)
    o.increment = v
    v = get("MinLength")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("MinLength", "an integer", v)
    o.min_length = v
    v = get("PlaceHolder")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("PlaceHolder", "a string", v)
    o.place_holder = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(NumberFormat, _structure)
