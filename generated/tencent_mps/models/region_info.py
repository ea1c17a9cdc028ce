# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``RegionInfo``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class RegionInfo(Model):
    """A region in which StreamLink can be used."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("str",)

    name: str | None = None
    """Name of the region, for example ap-shanghai.

    Wire name: ``Name``.
    """


_KNOWN = frozenset(RegionInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> RegionInfo:
    """Decode one ``RegionInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(RegionInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(RegionInfo, _structure)
