# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FailOverOption`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FailOverOption(Model):
    """Failover settings of a StreamLink input: whether the backup runs as cold or hot standby."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "fail_over_type": "FailOverType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("str",)

    fail_over_type: str | None = None
    """Standby mode used for failover: COLDSTANDBY or HOTSTANDBY (hot standby).

    Wire name: ``FailOverType``.
    """


_KNOWN = frozenset(FailOverOption.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> FailOverOption:
    """Decode one ``FailOverOption`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FailOverOption)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FailOverType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FailOverType", "a string", v)
    o.fail_over_type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(FailOverOption, _structure)
