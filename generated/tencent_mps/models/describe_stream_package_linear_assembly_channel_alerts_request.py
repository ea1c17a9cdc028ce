# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeStreamPackageLinearAssemblyChannelAlertsRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeStreamPackageLinearAssemblyChannelAlertsRequest(Model):
    """Request of DescribeStreamPackageLinearAssemblyChannelAlerts: the channel and the time range
    to query.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "channel_id": "ChannelId",
        "start_time": "StartTime",
        "end_time": "EndTime",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "int",
        "int",
    )

    channel_id: str | None = None
    """ID of the channel whose alerts are queried. Required.

    Required in requests.

    Wire name: ``ChannelId``.
    """

    start_time: int | None = None
    """Start of the query range as a Unix timestamp; only the last seven days can be queried.

    Wire name: ``StartTime``.
    """

    end_time: int | None = None
    """End of the query range as a Unix timestamp; only the last seven days can be queried.

    Wire name: ``EndTime``.
    """


_KNOWN = frozenset(DescribeStreamPackageLinearAssemblyChannelAlertsRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeStreamPackageLinearAssemblyChannelAlertsRequest:
    """Decode one ``DescribeStreamPackageLinearAssemblyChannelAlertsRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeStreamPackageLinearAssemblyChannelAlertsRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ChannelId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ChannelId", "a string", v)
    o.channel_id = v
    v = get("StartTime")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("StartTime", "an integer", v)
    o.start_time = v
    v = get("EndTime")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("EndTime", "an integer", v)
    o.end_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeStreamPackageLinearAssemblyChannelAlertsRequest, _structure)
