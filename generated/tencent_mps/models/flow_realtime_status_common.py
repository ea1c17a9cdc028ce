# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowRealtimeStatusCommon``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FlowRealtimeStatusCommon(Model):
    """Protocol-independent part of the real-time status of a flow input or output."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "state": "State",
        "mode": "Mode",
        "connected_time": "ConnectedTime",
        "bitrate": "Bitrate",
        "reconnections": "Reconnections",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "int",
        "int",
        "int",
    )

    state: str | None = None
    """Current connection state: Connected, Waiting or Idle.

    Wire name: ``State``.
    """

    mode: str | None = None
    """Connection mode: Listener or Caller.

    Wire name: ``Mode``.
    """

    connected_time: int | None = None
    """How long the connection has been up, in ms.

    Unit: ms.

    Wire name: ``ConnectedTime``.
    """

    bitrate: int | None = None
    """Current bitrate, in bps.

    Unit: bps.

    Wire name: ``Bitrate``.
    """

    reconnections: int | None = None
    """Number of reconnection attempts.

    Wire name: ``Reconnections``.
    """


_KNOWN = frozenset(FlowRealtimeStatusCommon.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> FlowRealtimeStatusCommon:
    """Decode one ``FlowRealtimeStatusCommon`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FlowRealtimeStatusCommon)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("State")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("State", "a string", v)
    o.state = v
    v = get("Mode")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Mode", "a string", v)
    o.mode = v
    v = get("ConnectedTime")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ConnectedTime", "an integer", v)
    o.connected_time = v
    v = get("Bitrate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Bitrate", "an integer", v)
    o.bitrate = v
    v = get("Reconnections")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Reconnections", "an integer", v)
    o.reconnections = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(FlowRealtimeStatusCommon, _structure)
