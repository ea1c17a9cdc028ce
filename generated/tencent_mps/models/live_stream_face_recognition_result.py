# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamFaceRecognitionResult``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveStreamFaceRecognitionResult:
    """A person recognized by face in a live stream segment.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "name": "Name",
        "type": "Type",
        "start_pts_time": "StartPtsTime",
        "end_pts_time": "EndPtsTime",
        "confidence": "Confidence",
        "area_coord_set": "AreaCoordSet",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LiveStreamFaceRecognitionResult:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Id",
        "Name",
        "Type",
        "StartPtsTime",
        "EndPtsTime",
        "Confidence",
        "AreaCoordSet",
    }
)


def _structure(data: Any) -> LiveStreamFaceRecognitionResult:
    """Decode one ``LiveStreamFaceRecognitionResult`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("AreaCoordSet", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is int for x in v):
            _d.check_items("AreaCoordSet", v, "an integer", _d.is_int)
    o.area_coord_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: LiveStreamFaceRecognitionResult) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.id
    if v is not None:
        d["Id"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.start_pts_time
    if v is not None:
        d["StartPtsTime"] = v
    v = o.end_pts_time
    if v is not None:
        d["EndPtsTime"] = v
    v = o.confidence
    if v is not None:
        d["Confidence"] = v
    v = o.area_coord_set
    if v is not None:
        d["AreaCoordSet"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
