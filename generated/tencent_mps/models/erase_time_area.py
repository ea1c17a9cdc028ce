# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``EraseTimeArea`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class EraseTimeArea(Model):
    """A time range together with the picture areas to erase during that range."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "begin_ms": "BeginMs",
        "end_ms": "EndMs",
        "areas": "Areas",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "int!",
        "[EraseArea!",
    )

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


_KNOWN = frozenset(EraseTimeArea.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> EraseTimeArea:
    """Decode one ``EraseTimeArea`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("Areas", v, _S["EraseArea"])
    o.areas = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(EraseTimeArea, _structure)
