# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TimeSignalInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TimeSignalInfo:
    """SCTE-35 time_signal message parameters, including segmentation UPID and segment numbering,
    used by an ad break.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "event_id": "EventID",
        "upid_type": "UPIDType",
        "upid": "UPID",
        "type_id": "TypeID",
        "num": "Num",
        "expected": "Expected",
        "subsegment_num": "SubsegmentNum",
        "subsegments_expected": "SubsegmentsExpected",
    }
    """Attribute name -> wire name, for every field."""

    event_id: str | None = None
    """Segmentation event ID of the time_signal message.

    Wire name: ``EventID``.
    """

    upid_type: str | None = None
    """Type of the segmentation UPID (segmentation_upid_type).

    Wire name: ``UPIDType``.
    """

    upid: str | None = None
    """Segmentation UPID value carried in the message.

    Wire name: ``UPID``.
    """

    type_id: str | None = None
    """Segmentation type ID (segmentation_type_id).

    Wire name: ``TypeID``.
    """

    num: str | None = None
    """Segment number (segment_num) of the segmentation descriptor.

    Wire name: ``Num``.
    """

    expected: str | None = None
    """Expected number of segments (segments_expected).

    Wire name: ``Expected``.
    """

    subsegment_num: str | None = None
    """Subsegment number (sub_segment_num) of the segmentation descriptor.

    Wire name: ``SubsegmentNum``.
    """

    subsegments_expected: str | None = None
    """Expected number of subsegments (sub_segments_expected).

    Wire name: ``SubsegmentsExpected``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TimeSignalInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "EventID",
        "UPIDType",
        "UPID",
        "TypeID",
        "Num",
        "Expected",
        "SubsegmentNum",
        "SubsegmentsExpected",
    }
)


def _structure(data: Any) -> TimeSignalInfo:
    """Decode one ``TimeSignalInfo`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TimeSignalInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("EventID")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EventID", "a string", v)
    o.event_id = v
    v = get("UPIDType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UPIDType", "a string", v)
    o.upid_type = v
    v = get("UPID")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UPID", "a string", v)
    o.upid = v
    v = get("TypeID")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TypeID", "a string", v)
    o.type_id = v
    v = get("Num")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Num", "a string", v)
    o.num = v
    v = get("Expected")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Expected", "a string", v)
    o.expected = v
    v = get("SubsegmentNum")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubsegmentNum", "a string", v)
    o.subsegment_num = v
    v = get("SubsegmentsExpected")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubsegmentsExpected", "a string", v)
    o.subsegments_expected = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: TimeSignalInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.event_id
    if v is not None:
        d["EventID"] = v
    v = o.upid_type
    if v is not None:
        d["UPIDType"] = v
    v = o.upid
    if v is not None:
        d["UPID"] = v
    v = o.type_id
    if v is not None:
        d["TypeID"] = v
    v = o.num
    if v is not None:
        d["Num"] = v
    v = o.expected
    if v is not None:
        d["Expected"] = v
    v = o.subsegment_num
    if v is not None:
        d["SubsegmentNum"] = v
    v = o.subsegments_expected
    if v is not None:
        d["SubsegmentsExpected"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``TimeSignalInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not TimeSignalInfo:
        o = _e.as_model(o, TimeSignalInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.event_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("EventID", v)
        d["EventID"] = v
    v = o.upid_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("UPIDType", v)
        d["UPIDType"] = v
    v = o.upid
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("UPID", v)
        d["UPID"] = v
    v = o.type_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("TypeID", v)
        d["TypeID"] = v
    v = o.num
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Num", v)
        d["Num"] = v
    v = o.expected
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Expected", v)
        d["Expected"] = v
    v = o.subsegment_num
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SubsegmentNum", v)
        d["SubsegmentNum"] = v
    v = o.subsegments_expected
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SubsegmentsExpected", v)
        d["SubsegmentsExpected"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
