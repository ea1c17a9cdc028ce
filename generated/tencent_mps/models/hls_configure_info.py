# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``HLSConfigureInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class HLSConfigureInfo(Model):
    """HLS settings of a live recording template: segment length, recording cycle and resume
    timeout.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "item_duration": "ItemDuration",
        "interval": "Interval",
        "continue_timeout": "ContinueTimeout",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "int",
    )

    item_duration: int | None = None
    """Length of each TS segment in seconds, range 5-30. Defaults to 30 seconds. May be null if
    unavailable.

    Unit: s.

    Wire name: ``ItemDuration``.
    """

    interval: int | None = None
    """Recording cycle in seconds, from 10 minutes to 12 hours; upstream gives the default as
    10 minutes (3600 seconds). May be null if unavailable.

    Unit: s.

    Wire name: ``Interval``.
    """

    continue_timeout: int | None = None
    """How long to wait to resume recording after an interruption, in seconds, range 60-1800.
    Defaults to 0, meaning resuming is off. May be null if unavailable.

    Unit: s.

    Wire name: ``ContinueTimeout``.
    """


_KNOWN = frozenset(HLSConfigureInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> HLSConfigureInfo:
    """Decode one ``HLSConfigureInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(HLSConfigureInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ItemDuration")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ItemDuration", "an integer", v)
    o.item_duration = v
    v = get("Interval")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Interval", "an integer", v)
    o.interval = v
    v = get("ContinueTimeout")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ContinueTimeout", "an integer", v)
    o.continue_timeout = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(HLSConfigureInfo, _structure)
