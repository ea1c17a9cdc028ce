# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``NumberFormat``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class NumberFormat:
    """Formatting rules for the {number} variable used in output file names.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "initial_value": "InitialValue",
        "increment": "Increment",
        "min_length": "MinLength",
        "place_holder": "PlaceHolder",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NumberFormat:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "InitialValue",
        "Increment",
        "MinLength",
        "PlaceHolder",
    }
)


def _structure(data: Any) -> NumberFormat:
    """Decode one ``NumberFormat`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: NumberFormat) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.initial_value
    if v is not None:
        d["InitialValue"] = v
    v = o.increment
    if v is not None:
        d["Increment"] = v
    v = o.min_length
    if v is not None:
        d["MinLength"] = v
    v = o.place_holder
    if v is not None:
        d["PlaceHolder"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``NumberFormat`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not NumberFormat:
        o = _e.as_model(o, NumberFormat)
    d: dict[str, Any] = {}
    v: Any
    v = o.initial_value
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("InitialValue", v)
        d["InitialValue"] = v
    v = o.increment
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Increment", v)
        d["Increment"] = v
    v = o.min_length
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("MinLength", v)
        d["MinLength"] = v
    v = o.place_holder
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("PlaceHolder", v)
        d["PlaceHolder"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
