# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``EraseTimeArea``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class EraseTimeArea:
    """A time range together with the picture areas to erase during that range.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "begin_ms": "BeginMs",
        "end_ms": "EndMs",
        "areas": "Areas",
    }
    """Attribute name -> wire name, for every field."""

    begin_ms: int | None = None
    """Start time of the range, in milliseconds.

    Unit: ms.

    Required in requests.

    Wire name: ``BeginMs``.
    """

    end_ms: int | None = None
    """End time of the range, in milliseconds.

    Unit: ms.

    Required in requests.

    Wire name: ``EndMs``.
    """

    areas: list[models.EraseArea] | None = None
    """Areas to erase within this time range.

    Required in requests.

    Wire name: ``Areas``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EraseTimeArea:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "BeginMs",
        "EndMs",
        "Areas",
    }
)


def _structure(data: Any) -> EraseTimeArea:
    """Decode one ``EraseTimeArea`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(EraseTimeArea)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("BeginMs")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("BeginMs", "an integer", v)
    o.begin_ms = v
    v = get("EndMs")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("EndMs", "an integer", v)
    o.end_ms = v
    v = get("Areas")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Areas", "an array", v)
        if v:
            f = _S["EraseArea"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Areas", v, f) from None
        else:
            v = []
    o.areas = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: EraseTimeArea) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.begin_ms
    if v is not None:
        d["BeginMs"] = v
    v = o.end_ms
    if v is not None:
        d["EndMs"] = v
    v = o.areas
    if v is not None:
        d["Areas"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``EraseTimeArea`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not EraseTimeArea:
        o = _e.as_model(o, EraseTimeArea)
    d: dict[str, Any] = {}
    v: Any
    v = o.begin_ms
    if v is None:
        raise _e.missing("BeginMs", "an integer")
    if type(v) is not int:
        v = _e.as_int("BeginMs", v)
    d["BeginMs"] = v
    v = o.end_ms
    if v is None:
        raise _e.missing("EndMs", "an integer")
    if type(v) is not int:
        v = _e.as_int("EndMs", v)
    d["EndMs"] = v
    v = o.areas
    if v is None:
        raise _e.missing("Areas", "an array")
    d["Areas"] = _e.models("Areas", v, _R["EraseArea"])
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
