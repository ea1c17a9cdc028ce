# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ResilientStreamConf`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ResilientStreamConf(Model):
    """Delayed playout settings that buffer an input so the output is emitted smoothly."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "enable": "Enable",
        "buffer_time": "BufferTime",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "bool",
        "int",
    )

    enable: bool | None = None
    """Whether delayed smooth playout is enabled: true on, false off. Off by default. May be
    null if unavailable.

    Wire name: ``Enable``.
    """

    buffer_time: int | None = None
    """Playout delay, in seconds; currently 10 to 300. May be null if unavailable.

    Unit: s.

    Wire name: ``BufferTime``.
    """


_KNOWN = frozenset(ResilientStreamConf.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ResilientStreamConf:
    """Decode one ``ResilientStreamConf`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ResilientStreamConf)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Enable")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("Enable", "a boolean", v)
    o.enable = v
    v = get("BufferTime")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("BufferTime", "an integer", v)
    o.buffer_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ResilientStreamConf, _structure)
