# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowRealtimeStatusRTMP``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FlowRealtimeStatusRTMP(Model):
    """RTMP-specific part of a real-time flow status."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "video_fps": "VideoFPS",
        "audio_fps": "AudioFPS",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
    )

    video_fps: int | None = None
    """Current video frame rate of the RTMP stream.

    Wire name: ``VideoFPS``.
    """

    audio_fps: int | None = None
    """Current audio frame rate of the RTMP stream.

    Wire name: ``AudioFPS``.
    """


_KNOWN = frozenset(FlowRealtimeStatusRTMP.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> FlowRealtimeStatusRTMP:
    """Decode one ``FlowRealtimeStatusRTMP`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FlowRealtimeStatusRTMP)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("VideoFPS")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("VideoFPS", "an integer", v)
    o.video_fps = v
    v = get("AudioFPS")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("AudioFPS", "an integer", v)
    o.audio_fps = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(FlowRealtimeStatusRTMP, _structure)
