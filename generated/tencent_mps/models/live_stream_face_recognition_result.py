# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamFaceRecognitionResult``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveStreamFaceRecognitionResult(Model):
    """A person recognized by face in a live stream segment."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "name": "Name",
        "type": "Type",
        "start_pts_time": "StartPtsTime",
        "end_pts_time": "EndPtsTime",
        "confidence": "Confidence",
        "area_coord_set": "AreaCoordSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "float",
        "float",
        "float",
        "[int",
    )

    id: str | None = None
    """Unique ID of the recognized person.

    Wire name: ``Id``.
    """

    name: str | None = None
    """Name of the recognized person.

    Wire name: ``Name``.
    """

    type: str | None = None
    """Which face library the recognized person comes from.

    Known values (:class:`tencent_mps.enums.AiRecognitionTaskFaceResultItemType`); others may appear:
    ``Default``: default face library
    ``UserDefine``: user-defined face library

    Wire name: ``Type``.
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

    area_coord_set: list[int] | None = None
    """Region of the result in pixels, as four numbers [x1, y1, x2, y2]: the top-left and
    bottom-right corners.

    Unit: px.

    Wire name: ``AreaCoordSet``.
    """


_KNOWN = frozenset(LiveStreamFaceRecognitionResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveStreamFaceRecognitionResult:
    """Decode one ``LiveStreamFaceRecognitionResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveStreamFaceRecognitionResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Id")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Id", "a string", v)
    o.id = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
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
    v = get("AreaCoordSet")
    if v is not None:
        n += 1
        v = _d.int_list("AreaCoordSet", v)
    o.area_coord_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveStreamFaceRecognitionResult, _structure)
