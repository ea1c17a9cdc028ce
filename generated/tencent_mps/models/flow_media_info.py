# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowMediaInfo``."""

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
class FlowMediaInfo(Model):
    """Media data of a StreamLink flow at one point in time: bandwidth plus per-track video and
    audio figures.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "timestamp": "Timestamp",
        "network": "Network",
        "video": "Video",
        "audio": "Audio",
        "session_id": "SessionId",
        "client_ip": "ClientIp",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "[FlowMediaVideo",
        "[FlowMediaAudio",
        "str",
        "str",
    )

    timestamp: int | None = None
    """Time of the sample, as a Unix timestamp in seconds.

    Unit: s.

    Wire name: ``Timestamp``.
    """

    network: int | None = None
    """Total bandwidth of the flow at this point.

    Wire name: ``Network``.
    """

    video: list[models.FlowMediaVideo] | None = None
    """Video data of the flow, one entry per video track.

    Wire name: ``Video``.
    """

    audio: list[models.FlowMediaAudio] | None = None
    """Audio data of the flow, one entry per audio track.

    Wire name: ``Audio``.
    """

    session_id: str | None = None
    """Identifier shared by all data from the same push session.

    Wire name: ``SessionId``.
    """

    client_ip: str | None = None
    """IP address of the client pushing the stream.

    Wire name: ``ClientIp``.
    """


_KNOWN = frozenset(FlowMediaInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> FlowMediaInfo:
    """Decode one ``FlowMediaInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FlowMediaInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Timestamp")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Timestamp", "an integer", v)
    o.timestamp = v
    v = get("Network")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Network", "an integer", v)
    o.network = v
    v = get("Video")
    if v is not None:
        n += 1
        v = _d.objects("Video", v, _S["FlowMediaVideo"])
    o.video = v
    v = get("Audio")
    if v is not None:
        n += 1
        v = _d.objects("Audio", v, _S["FlowMediaAudio"])
    o.audio = v
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(FlowMediaInfo, _structure)
