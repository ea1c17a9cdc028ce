# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowAudio``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FlowAudio(Model):
    """Audio statistics of one audio track in a StreamLink flow."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "fps": "Fps",
        "rate": "Rate",
        "pid": "Pid",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "int",
    )

    fps: int | None = None
    """Frame rate of the audio track.

    Wire name: ``Fps``.
    """

    rate: int | None = None
    """Bitrate of the audio track, in bps.

    Unit: bps.

    Wire name: ``Rate``.
    """

    pid: int | None = None
    """PID of the audio track in the stream.

    Wire name: ``Pid``.
    """


_KNOWN = frozenset(FlowAudio.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> FlowAudio:
    """Decode one ``FlowAudio`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FlowAudio)
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(FlowAudio, _structure)
