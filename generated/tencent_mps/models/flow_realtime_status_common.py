# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowRealtimeStatusCommon``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FlowRealtimeStatusCommon:
    """Protocol-independent part of the real-time status of a flow input or output.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "state": "State",
        "mode": "Mode",
        "connected_time": "ConnectedTime",
        "bitrate": "Bitrate",
        "reconnections": "Reconnections",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlowRealtimeStatusCommon:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "State",
        "Mode",
        "ConnectedTime",
        "Bitrate",
        "Reconnections",
    }
)


def _structure(data: Any) -> FlowRealtimeStatusCommon:
    """Decode one ``FlowRealtimeStatusCommon`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: FlowRealtimeStatusCommon) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.state
    if v is not None:
        d["State"] = v
    v = o.mode
    if v is not None:
        d["Mode"] = v
    v = o.connected_time
    if v is not None:
        d["ConnectedTime"] = v
    v = o.bitrate
    if v is not None:
        d["Bitrate"] = v
    v = o.reconnections
    if v is not None:
        d["Reconnections"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
