# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateOutputSRTSettings``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateOutputSRTSettings:
    """SRT settings of a flow output being created: destinations, latency, encryption and mode.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "destinations": "Destinations",
        "stream_id": "StreamId",
        "latency": "Latency",
        "recv_latency": "RecvLatency",
        "peer_latency": "PeerLatency",
        "peer_idle_timeout": "PeerIdleTimeout",
        "passphrase": "Passphrase",
        "pb_key_len": "PbKeyLen",
        "mode": "Mode",
        "fec": "FEC",
    }
    """Attribute name -> wire name, for every field."""

    destinations: list[models.CreateOutputSRTSettingsDestinations] | None = None
    """Destination addresses to push to; required when Mode is CALLER, and exactly one may be
    given.

    Required in requests.

    Wire name: ``Destinations``.
    """

    stream_id: str | None = None
    """SRT stream ID used for the push, 0 to 512 characters from letters, digits and the
    characters .#!:&,=_- .

    Wire name: ``StreamId``.
    """

    latency: int | None = None
    """SRT latency in milliseconds, in the range [0, 3000]; defaults to 120. Sets both receive
    and peer latency to the same value; at least 3x the RTT is recommended so
    retransmissions work under congestion.

    Unit: ms.

    Wire name: ``Latency``.
    """

    recv_latency: int | None = None
    """SRT receive latency in milliseconds, in the range [0, 3000]; defaults to 120. How long
    the receiver buffers packets.

    Unit: ms.

    Wire name: ``RecvLatency``.
    """

    peer_latency: int | None = None
    """SRT peer latency in milliseconds, in the range [0, 3000]; defaults to 120. Set by the
    sender to tell the receiver its desired buffering delay.

    Unit: ms.

    Wire name: ``PeerLatency``.
    """

    peer_idle_timeout: int | None = None
    """Peer idle timeout in milliseconds, in the range [1000, 10000]; defaults to 5000. A
    connection idle for longer is closed.

    Unit: ms.

    Wire name: ``PeerIdleTimeout``.
    """

    passphrase: str | None = None
    """Encryption passphrase, 10 to 79 ASCII characters. Empty (the default) means no
    encryption.

    Wire name: ``Passphrase``.
    """

    pb_key_len: int | None = None
    """Encryption key length: 0, 16, 24 or 32. Defaults to 0.

    Wire name: ``PbKeyLen``.
    """

    mode: str | None = None
    """SRT connection mode: LISTENER or CALLER. Defaults to CALLER.

    Wire name: ``Mode``.
    """

    fec: models.SRTFECFullOptions | None = None
    """SRT forward error correction settings.

    Wire name: ``FEC``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateOutputSRTSettings:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Destinations",
        "StreamId",
        "Latency",
        "RecvLatency",
        "PeerLatency",
        "PeerIdleTimeout",
        "Passphrase",
        "PbKeyLen",
        "Mode",
        "FEC",
    }
)


def _structure(data: Any) -> CreateOutputSRTSettings:
    """Decode one ``CreateOutputSRTSettings`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateOutputSRTSettings)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Destinations")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Destinations", "an array", v)
        if v:
            f = _S["CreateOutputSRTSettingsDestinations"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Destinations", v, f) from None
        else:
            v = []
    o.destinations = v
    v = get("StreamId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("StreamId", "a string", v)
    o.stream_id = v
    v = get("Latency")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Latency", "an integer", v)
    o.latency = v
    v = get("RecvLatency")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("RecvLatency", "an integer", v)
    o.recv_latency = v
    v = get("PeerLatency")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("PeerLatency", "an integer", v)
    o.peer_latency = v
    v = get("PeerIdleTimeout")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("PeerIdleTimeout", "an integer", v)
    o.peer_idle_timeout = v
    v = get("Passphrase")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Passphrase", "a string", v)
    o.passphrase = v
    v = get("PbKeyLen")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("PbKeyLen", "an integer", v)
    o.pb_key_len = v
    v = get("Mode")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Mode", "a string", v)
    o.mode = v
    v = get("FEC")
    if v is not None:
        n += 1
        try:
            v = _S["SRTFECFullOptions"](v)
        except DecodeError as e:
            raise e.with_prefix("FEC") from None
    o.fec = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: CreateOutputSRTSettings) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.destinations
    if v is not None:
        d["Destinations"] = [_d.wire(x) for x in v]
    v = o.stream_id
    if v is not None:
        d["StreamId"] = v
    v = o.latency
    if v is not None:
        d["Latency"] = v
    v = o.recv_latency
    if v is not None:
        d["RecvLatency"] = v
    v = o.peer_latency
    if v is not None:
        d["PeerLatency"] = v
    v = o.peer_idle_timeout
    if v is not None:
        d["PeerIdleTimeout"] = v
    v = o.passphrase
    if v is not None:
        d["Passphrase"] = v
    v = o.pb_key_len
    if v is not None:
        d["PbKeyLen"] = v
    v = o.mode
    if v is not None:
        d["Mode"] = v
    v = o.fec
    if v is not None:
        d["FEC"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateOutputSRTSettings`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateOutputSRTSettings:
        o = _e.as_model(o, CreateOutputSRTSettings)
    d: dict[str, Any] = {}
    v: Any
    v = o.destinations
    if v is None:
        raise _e.missing("Destinations", "an array")
    d["Destinations"] = _e.models("Destinations", v, _R["CreateOutputSRTSettingsDestinations"])
    v = o.stream_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("StreamId", v)
        d["StreamId"] = v
    v = o.latency
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Latency", v)
        d["Latency"] = v
    v = o.recv_latency
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("RecvLatency", v)
        d["RecvLatency"] = v
    v = o.peer_latency
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("PeerLatency", v)
        d["PeerLatency"] = v
    v = o.peer_idle_timeout
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("PeerIdleTimeout", v)
        d["PeerIdleTimeout"] = v
    v = o.passphrase
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Passphrase", v)
        d["Passphrase"] = v
    v = o.pb_key_len
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("PbKeyLen", v)
        d["PbKeyLen"] = v
    v = o.mode
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Mode", v)
        d["Mode"] = v
    v = o.fec
    if v is not None:
        try:
            d["FEC"] = _R["SRTFECFullOptions"](v)
        except ValidationError as e:
            raise e.with_prefix("FEC") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
