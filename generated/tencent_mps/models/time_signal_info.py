# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TimeSignalInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TimeSignalInfo(Model):
    """SCTE-35 time_signal message parameters, including segmentation UPID and segment numbering,
    used by an ad break.
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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
    )

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


_KNOWN = frozenset(TimeSignalInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TimeSignalInfo:
    """Decode one ``TimeSignalInfo`` wire object: the straight-line decoder of this model."""
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


bind(TimeSignalInfo, _structure)
