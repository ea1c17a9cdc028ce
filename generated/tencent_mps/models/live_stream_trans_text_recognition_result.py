# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamTransTextRecognitionResult``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveStreamTransTextRecognitionResult:
    """One segment of real-time speech translation on a live stream.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "text": "Text",
        "start_pts_time": "StartPtsTime",
        "end_pts_time": "EndPtsTime",
        "confidence": "Confidence",
        "trans": "Trans",
        "start_time": "StartTime",
        "end_time": "EndTime",
        "steady_state": "SteadyState",
        "user_id": "UserId",
    }
    """Attribute name -> wire name, for every field."""

    text: str | None = None
    """Recognized source text of the segment.

    Wire name: ``Text``.
    """

    start_pts_time: float | None = None
    """PTS time at which the translated segment starts, in seconds.

    Unit: s.

    Wire name: ``StartPtsTime``.
    """

    end_pts_time: float | None = None
    """PTS time at which the translated segment ends, in seconds.

    Unit: s.

    Wire name: ``EndPtsTime``.
    """

    confidence: float | None = None
    """Confidence of the translated segment, from 0 to 100.

    Wire name: ``Confidence``.
    """

    trans: str | None = None
    """Translated text of the segment.

    Wire name: ``Trans``.
    """

    start_time: str | None = None
    """UTC time at which translation of the segment starts. May be null if unavailable.

    Wire name: ``StartTime``.
    """

    end_time: str | None = None
    """UTC time at which translation of the segment ends. May be null if unavailable.

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LiveStreamTransTextRecognitionResult:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Text",
        "StartPtsTime",
        "EndPtsTime",
        "Confidence",
        "Trans",
        "StartTime",
        "EndTime",
        "SteadyState",
        "UserId",
    }
)


def _structure(data: Any) -> LiveStreamTransTextRecognitionResult:
    """Decode one ``LiveStreamTransTextRecognitionResult`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveStreamTransTextRecognitionResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Text")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Text", "a string", v)
    o.text = v
    v = get("StartPtsTime")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("StartPtsTime", v)
    o.start_pts_time = v
    v = get("EndPtsTime")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("EndPtsTime", v)
    o.end_pts_time = v
    v = get("Confidence")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Confidence", v)
    o.confidence = v
    v = get("Trans")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Trans", "a string", v)
    o.trans = v
    v = get("StartTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("StartTime", "a string", v)
    o.start_time = v
    v = get("EndTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EndTime", "a string", v)
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


def _unstructure(o: LiveStreamTransTextRecognitionResult) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.text
    if v is not None:
        d["Text"] = v
    v = o.start_pts_time
    if v is not None:
        d["StartPtsTime"] = v
    v = o.end_pts_time
    if v is not None:
        d["EndPtsTime"] = v
    v = o.confidence
    if v is not None:
        d["Confidence"] = v
    v = o.trans
    if v is not None:
        d["Trans"] = v
    v = o.start_time
    if v is not None:
        d["StartTime"] = v
    v = o.end_time
    if v is not None:
        d["EndTime"] = v
    v = o.steady_state
    if v is not None:
        d["SteadyState"] = v
    v = o.user_id
    if v is not None:
        d["UserId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
