# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamObjectRecognitionResult``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveStreamObjectRecognitionResult(Model):
    """An object detected in a live stream segment."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "start_pts_offset": "StartPtsOffset",
        "end_pts_offset": "EndPtsOffset",
        "confidence": "Confidence",
        "area_coord_set": "AreaCoordSet",
        "url": "Url",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "float",
        "float",
        "float",
        "[int",
        "str",
    )

    name: str | None = None
    """Name of the detected object.

    Wire name: ``Name``.
    """

    start_pts_offset: float | None = None
    """PTS time at which the recognized segment starts, in seconds.

    Unit: s.

    Wire name: ``StartPtsOffset``.
    """

    end_pts_offset: float | None = None
    """PTS time at which the recognized segment ends, in seconds.

    Unit: s.

    Wire name: ``EndPtsOffset``.
    """

    confidence: float | None = None
    """Confidence of the recognized segment, from 0 to 100.

    Wire name: ``Confidence``.
    """

    area_coord_set: list[int] | None = None
    """Region of the result in pixels, as four numbers [x1, y1, x2, y2]: the top-left and
    bottom-right corners.

    Unit: px.

    Wire name: ``AreaCoordSet``.
    """

    url: str | None = None
    """Link to a screenshot of the detection. May be null if unavailable.

    Wire name: ``Url``.
    """


_KNOWN = frozenset(LiveStreamObjectRecognitionResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveStreamObjectRecognitionResult:
    """Decode one ``LiveStreamObjectRecognitionResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveStreamObjectRecognitionResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("StartPtsOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("StartPtsOffset", v)
    o.start_pts_offset = v
    v = get("EndPtsOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("EndPtsOffset", v)
    o.end_pts_offset = v
    v = get("Confidence")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Confidence", v)
    o.confidence = v
    v = get("AreaCoordSet")
    if v is not None:
        n += 1
        v = _d.int_list("AreaCoordSet", v)
    o.area_coord_set = v
    v = get("Url")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Url", "a string", v)
    o.url = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveStreamObjectRecognitionResult, _structure)
