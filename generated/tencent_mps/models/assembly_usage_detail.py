# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AssemblyUsageDetail``."""

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
class AssemblyUsageDetail(Model):
    """Linear assembly usage of one channel over one time span."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "channel_id": "ChannelID",
        "date": "Date",
        "start_time": "StartTime",
        "end_time": "EndTime",
        "duration": "Duration",
        "channel_tier": "ChannelTier",
        "channel_name": "ChannelName",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "datetime",
        "datetime",
        "int",
        "str",
        "str",
    )

    channel_id: str | None = None
    """ID of the linear assembly channel this usage belongs to.

    Wire name: ``ChannelID``.
    """

    date: str | None = None
    """Date of the usage, in YYYY-MM-DD format.

    Wire name: ``Date``.
    """

    start_time: datetime | None = None
    """Start of the queried time span, in ISO 8601 format with time zone.

    Wire name: ``StartTime``.
    """

    end_time: datetime | None = None
    """End of the queried time span, in ISO 8601 format with time zone.

    Wire name: ``EndTime``.
    """

    duration: int | None = None
    """Usage duration of the channel within the span; the upstream text gives no unit.

    Wire name: ``Duration``.
    """

    channel_tier: str | None = None
    """Tier of the channel, such as Basic or Standard.

    Wire name: ``ChannelTier``.
    """

    channel_name: str | None = None
    """Name of the linear assembly channel.

    Wire name: ``ChannelName``.
    """


_KNOWN = frozenset(AssemblyUsageDetail.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AssemblyUsageDetail:
    """Decode one ``AssemblyUsageDetail`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AssemblyUsageDetail)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ChannelID")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ChannelID", "a string", v)
    o.channel_id = v
    v = get("Date")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Date", "a string", v)
    o.date = v
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
    v = get("Duration")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Duration", "an integer", v)
    o.duration = v
    v = get("ChannelTier")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ChannelTier", "a string", v)
    o.channel_tier = v
    v = get("ChannelName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ChannelName", "a string", v)
    o.channel_name = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AssemblyUsageDetail, _structure)
