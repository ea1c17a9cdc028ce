# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowMediaVideo``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FlowMediaVideo(Model):
    """Video media data of a StreamLink flow for one video track and push session."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "fps": "Fps",
        "rate": "Rate",
        "pid": "Pid",
        "session_id": "SessionId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "int",
        "str",
    )

    fps: int | None = None
    """Frame rate of the video track.

    Wire name: ``Fps``.
    """

    rate: int | None = None
    """Bitrate of the video track, in bps.

    Unit: bps.

    Wire name: ``Rate``.
    """

    pid: int | None = None
    """PID of the video track in the stream.

    Wire name: ``Pid``.
    """

    session_id: str | None = None
    """Identifier shared by all data from the same push session.

    Wire name: ``SessionId``.
    """


_KNOWN = frozenset(FlowMediaVideo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> FlowMediaVideo:
    """Decode one ``FlowMediaVideo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FlowMediaVideo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Fps")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Fps", "an integer", v)
    o.fps = v
    v = get("Rate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Rate", "an integer", v)
    o.rate = v
    v = get("Pid")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Pid", "an integer", v)
    o.pid = v
    v = get("SessionId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SessionId", "a string", v)
    o.session_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(FlowMediaVideo, _structure)
