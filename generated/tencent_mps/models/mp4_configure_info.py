# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MP4ConfigureInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MP4ConfigureInfo(Model):
    """MP4 settings of a live recording template."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "interval": "Interval",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("int",)

    interval: int | None = None
    """Recording cycle in seconds, from 10 to 720 minutes. Defaults to 60 minutes (3600
    seconds).

    Unit: s.

    Wire name: ``Interval``.
    """


_KNOWN = frozenset(MP4ConfigureInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MP4ConfigureInfo:
    """Decode one ``MP4ConfigureInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MP4ConfigureInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Interval")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Interval", "an integer", v)
    o.interval = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MP4ConfigureInfo, _structure)
