# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateOutputSRTSettings`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateOutputSRTSettings(Model):
    """SRT settings of a flow output being created: destinations, latency, encryption and mode."""

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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[CreateOutputSRTSettingsDestinations!",
        "str",
        "int",
        "int",
        "int",
        "int",
        "str",
        "int",
        "str",
        "SRTFECFullOptions",
    )

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


_KNOWN = frozenset(CreateOutputSRTSettings.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateOutputSRTSettings:
    """Decode one ``CreateOutputSRTSettings`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateOutputSRTSettings)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Destinations")
    if v is not None:
        n += 1
        v = _d.objects("Destinations", v, _S["CreateOutputSRTSettingsDestinations"])
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


bind(CreateOutputSRTSettings, _structure)
