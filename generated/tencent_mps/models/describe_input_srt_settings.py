# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeInputSRTSettings``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeInputSRTSettings:
    """SRT settings of an existing input: mode, latencies, encryption and peer addresses.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "mode": "Mode",
        "stream_id": "StreamId",
        "latency": "Latency",
        "recv_latency": "RecvLatency",
        "peer_latency": "PeerLatency",
        "peer_idle_timeout": "PeerIdleTimeout",
        "passphrase": "Passphrase",
        "pb_key_len": "PbKeyLen",
        "source_addresses": "SourceAddresses",
        "fec": "FEC",
    }
    """Attribute name -> wire name, for every field."""

    mode: str | None = None
    """SRT connection mode, LISTENER or CALLER. May be null if unavailable.

    Wire name: ``Mode``.
    """

    stream_id: str | None = None
    """SRT stream ID of the input.

    Wire name: ``StreamId``.
    """

    latency: int | None = None
    """SRT latency in milliseconds.

    Wire name: ``Latency``.
    """

    recv_latency: int | None = None
    """SRT receive latency in milliseconds.

    Wire name: ``RecvLatency``.
    """

    peer_latency: int | None = None
    """SRT peer latency in milliseconds.

    Wire name: ``PeerLatency``.
    """

    peer_idle_timeout: int | None = None
    """Peer idle timeout in milliseconds.

    Wire name: ``PeerIdleTimeout``.
    """

    passphrase: str | None = None
    """Decryption passphrase of the SRT input; empty means no encryption.

    Wire name: ``Passphrase``.
    """

    pb_key_len: int | None = None
    """Encryption key length: 0, 16, 24 or 32.

    Wire name: ``PbKeyLen``.
    """

    source_addresses: list[models.SRTSourceAddressResp] | None = None
    """Addresses of the SRT peer. May be null if unavailable.

    Wire name: ``SourceAddresses``.
    """

    fec: models.SRTFECSimpleOptions | None = None
    """SRT forward error correction settings.

    Wire name: ``FEC``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DescribeInputSRTSettings:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Mode",
        "StreamId",
        "Latency",
        "RecvLatency",
        "PeerLatency",
        "PeerIdleTimeout",
        "Passphrase",
        "PbKeyLen",
        "SourceAddresses",
        "FEC",
    }
)


def _structure(data: Any) -> DescribeInputSRTSettings:
    """Decode one ``DescribeInputSRTSettings`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeInputSRTSettings)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Mode")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Mode", "a string", v)
    o.mode = v
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
    v = get("SourceAddresses")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("SourceAddresses", "an array", v)
        if v:
            f = _S["SRTSourceAddressResp"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("SourceAddresses", v, f) from None
        else:
            v = []
    o.source_addresses = v
    v = get("FEC")
    if v is not None:
        n += 1
        try:
            v = _S["SRTFECSimpleOptions"](v)
        except DecodeError as e:
            raise e.with_prefix("FEC") from None
    o.fec = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DescribeInputSRTSettings) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.mode
    if v is not None:
        d["Mode"] = v
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
    v = o.source_addresses
    if v is not None:
        d["SourceAddresses"] = [_d.wire(x) for x in v]
    v = o.fec
    if v is not None:
        d["FEC"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
