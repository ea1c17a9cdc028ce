# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamAsrWordsRecognitionResult``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveStreamAsrWordsRecognitionResult(Model):
    """A speech keyword found in a live stream by AI recognition."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "word": "Word",
        "start_pts_time": "StartPtsTime",
        "end_pts_time": "EndPtsTime",
        "confidence": "Confidence",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "float",
        "float",
        "float",
    )

    word: str | None = None
    """Keyword detected in the speech.

    Wire name: ``Word``.
    """

    start_pts_time: float | None = None
    """PTS time at which the recognized segment starts, in seconds.

    Unit: s.

    Wire name: ``StartPtsTime``.
    """

    end_pts_time: float | None = None
    """PTS time at which the recognized segment ends, in seconds.

    Unit: s.

    Wire name: ``EndPtsTime``.
    """

    confidence: float | None = None
    """Confidence of the recognized segment, from 0 to 100.

    Wire name: ``Confidence``.
    """


_KNOWN = frozenset(LiveStreamAsrWordsRecognitionResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveStreamAsrWordsRecognitionResult:
    """Decode one ``LiveStreamAsrWordsRecognitionResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveStreamAsrWordsRecognitionResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Word")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Word", "a string", v)
    o.word = v
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveStreamAsrWordsRecognitionResult, _structure)
