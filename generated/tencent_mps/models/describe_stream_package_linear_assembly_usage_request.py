# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeStreamPackageLinearAssemblyUsageRequest`` (sent in requests)."""

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
class DescribeStreamPackageLinearAssemblyUsageRequest(Model):
    """Request of DescribeStreamPackageLinearAssemblyUsage: the time range, level of detail and the
    channels or tiers to include.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "start_time": "StartTime",
        "end_time": "EndTime",
        "dimension": "Dimension",
        "channel_ids": "ChannelIds",
        "channel_tiers": "ChannelTiers",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "datetime",
        "datetime",
        "bool",
        "[str",
        "[str",
    )

    start_time: datetime | str | None = None
    """Start of the query range, in ISO 8601 format with time zone.

    Wire name: ``StartTime``.
    """

    end_time: datetime | str | None = None
    """End of the query range, in ISO 8601 format with time zone.

    Wire name: ``EndTime``.
    """

    dimension: bool | None = None
    """Level of detail: false returns a summary, true returns per-channel details.

    Wire name: ``Dimension``.
    """

    channel_ids: list[str] | None = None
    """IDs of the channels whose usage is queried.

    Wire name: ``ChannelIds``.
    """

    channel_tiers: list[str] | None = None
    """Channel tiers to include, Basic and/or Standard; all tiers are included when empty.

    Wire name: ``ChannelTiers``.
    """


_KNOWN = frozenset(DescribeStreamPackageLinearAssemblyUsageRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeStreamPackageLinearAssemblyUsageRequest:
    """Decode one ``DescribeStreamPackageLinearAssemblyUsageRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeStreamPackageLinearAssemblyUsageRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
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
    v = get("Dimension")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("Dimension", "a boolean", v)
    o.dimension = v
    v = get("ChannelIds")
    if v is not None:
        n += 1
        v = _d.str_list("ChannelIds", v)
    o.channel_ids = v
    v = get("ChannelTiers")
    if v is not None:
        n += 1
        v = _d.str_list("ChannelTiers", v)
    o.channel_tiers = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeStreamPackageLinearAssemblyUsageRequest, _structure)
