# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowStatistics``: the model and its codecs."""

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
class FlowStatistics:
    """Statistics of one session of a flow: peer, bandwidth and per-track video and audio data.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "session_id": "SessionId",
        "client_ip": "ClientIp",
        "network": "Network",
        "video": "Video",
        "audio": "Audio",
    }
    """Attribute name -> wire name, for every field."""

    session_id: str | None = None
    """ID of the session these statistics belong to.

    Wire name: ``SessionId``.
    """

    client_ip: str | None = None
    """IP address of the remote peer.

    Wire name: ``ClientIp``.
    """

    network: int | None = None
    """Total bandwidth of the session.

    Wire name: ``Network``.
    """

    video: list[models.FlowVideo] | None = None
    """Video statistics, one entry per video track.

    Wire name: ``Video``.
    """

    audio: list[models.FlowAudio] | None = None
    """Audio statistics, one entry per audio track.

    Wire name: ``Audio``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlowStatistics:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "SessionId",
        "ClientIp",
        "Network",
        "Video",
        "Audio",
    }
)


def _structure(data: Any) -> FlowStatistics:
    """Decode one ``FlowStatistics`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FlowStatistics)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SessionId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SessionId", "a string", v)
    o.session_id = v
    v = get("ClientIp")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ClientIp", "a string", v)
    o.client_ip = v
    v = get("Network")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Network", "an integer", v)
    o.network = v
    v = get("Video")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Video", "an array", v)
        if v:
            f = _S["FlowVideo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Video", v, f) from None
        else:
            v = []
    o.video = v
    v = get("Audio")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Audio", "an array", v)
        if v:
            f = _S["FlowAudio"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Audio", v, f) from None
        else:
            v = []
    o.audio = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: FlowStatistics) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.session_id
    if v is not None:
        d["SessionId"] = v
    v = o.client_ip
    if v is not None:
        d["ClientIp"] = v
    v = o.network
    if v is not None:
        d["Network"] = v
    v = o.video
    if v is not None:
        d["Video"] = [_d.wire(x) for x in v]
    v = o.audio
    if v is not None:
        d["Audio"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
