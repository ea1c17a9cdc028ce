# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveSmartSubtitleResult``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveSmartSubtitleResult(Model):
    """One recognized and translated subtitle fragment from live smart subtitles."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "text": "Text",
        "start_pts_time": "StartPTSTime",
        "end_pts_time": "EndPTSTime",
        "trans": "Trans",
        "start_time": "StartTime",
        "end_time": "EndTime",
        "steady_state": "SteadyState",
        "user_id": "UserId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "float",
        "float",
        "str",
        "datetime",
        "datetime",
        "bool",
        "str",
    )

    text: str | None = None
    """Recognized text of the fragment.

    Wire name: ``Text``.
    """

    start_pts_time: float | None = None
    """PTS time at which the fragment starts, in seconds.

    Unit: s.

    Wire name: ``StartPTSTime``.
    """

    end_pts_time: float | None = None
    """PTS time at which the fragment ends, in seconds.

    Unit: s.

    Wire name: ``EndPTSTime``.
    """

    trans: str | None = None
    """Translated text of the fragment.

    Wire name: ``Trans``.
    """

    start_time: datetime | None = None
    """UTC time at which translation of the fragment starts. May be null if unavailable.

    Wire name: ``StartTime``.
    """

    end_time: datetime | None = None
    """UTC time at which translation of the fragment ends. May be null if unavailable.

    Wire name: ``EndTime``.
    """

    steady_state: bool | None = None
    """Steady-state flag of the result, marking whether the text is stable. May be null if
    unavailable.

    Wire name: ``SteadyState``.
    """

    user_id: str | None = None
    """UserId used for real-time translation over WebSocket and TRTC. May be null if
    unavailable.

    Wire name: ``UserId``.
    """


_KNOWN = frozenset(LiveSmartSubtitleResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveSmartSubtitleResult:
    """Decode one ``LiveSmartSubtitleResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveSmartSubtitleResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Text")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Text", "a string", v)
    o.text = v
    v = get("StartPTSTime")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("StartPTSTime", v)
    o.start_pts_time = v
    v = get("EndPTSTime")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("EndPTSTime", v)
    o.end_pts_time = v
    v = get("Trans")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Trans", "a string", v)
    o.trans = v
    v = get("StartTime")
    if v is not None:
        n += 1
        v = _t.decode("StartTime", v)
    o.start_time = v
    v = get("EndTime")
    if v is not None:
        n += 1
        v = _t.decode("EndTime", v)
    o.end_time = v
    v = get("SteadyState")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("SteadyState", "a boolean", v)
    o.steady_state = v
    v = get("UserId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UserId", "a string", v)
    o.user_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveSmartSubtitleResult, _structure)
