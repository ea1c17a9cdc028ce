# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowStatistics``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FlowStatistics(Model):
    """Statistics of one session of a flow: peer, bandwidth and per-track video and audio data."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "session_id": "SessionId",
        "client_ip": "ClientIp",
        "network": "Network",
        "video": "Video",
        "audio": "Audio",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "int",
        "[FlowVideo",
        "[FlowAudio",
    )

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


_KNOWN = frozenset(FlowStatistics.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> FlowStatistics:
    """Decode one ``FlowStatistics`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("Video", v, _S["FlowVideo"])
    o.video = v
    v = get("Audio")
    if v is not None:
        n += 1
        v = _d.objects("Audio", v, _S["FlowAudio"])
    o.audio = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(FlowStatistics, _structure)
