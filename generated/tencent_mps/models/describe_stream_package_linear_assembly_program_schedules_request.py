# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeStreamPackageLinearAssemblyProgramSchedulesRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeStreamPackageLinearAssemblyProgramSchedulesRequest(Model):
    """Request of DescribeStreamPackageLinearAssemblyProgramSchedules: the channel, a time window
    and paging parameters.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "channel_id": "ChannelId",
        "time_window": "TimeWindow",
        "page_num": "PageNum",
        "page_size": "PageSize",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "int",
        "int",
        "int",
    )

    channel_id: str | None = None
    """ID of the channel whose program schedule is listed. Required.

    Required in requests.

    Wire name: ``ChannelId``.
    """

    time_window: int | None = None
    """Length of the schedule window to return, in seconds; at most 7776000.

    Unit: s.

    Wire name: ``TimeWindow``.
    """

    page_num: int | None = None
    """Page number to return, in the range [1, 10000].

    Wire name: ``PageNum``.
    """

    page_size: int | None = None
    """Number of entries per page, in the range [1, 1000].

    Wire name: ``PageSize``.
    """


_KNOWN = frozenset(DescribeStreamPackageLinearAssemblyProgramSchedulesRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeStreamPackageLinearAssemblyProgramSchedulesRequest:
    """Decode one ``DescribeStreamPackageLinearAssemblyProgramSchedulesRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeStreamPackageLinearAssemblyProgramSchedulesRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ChannelId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ChannelId", "a string", v)
    o.channel_id = v
    v = get("TimeWindow")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("TimeWindow", "an integer", v)
    o.time_window = v
    v = get("PageNum")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("PageNum", "an integer", v)
    o.page_num = v
    v = get("PageSize")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("PageSize", "an integer", v)
    o.page_size = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeStreamPackageLinearAssemblyProgramSchedulesRequest, _structure)
