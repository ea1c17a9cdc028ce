# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeStreamPackageSSAIUsageRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeStreamPackageSSAIUsageRequest(Model):
    """Request of DescribeStreamPackageSSAIUsage: the time range, channels, ad types and
    granularity of the SSAI usage query.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "start_time": "StartTime",
        "end_time": "EndTime",
        "channel_ids": "ChannelIds",
        "types": "Types",
        "dimension": "Dimension",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "[str",
        "[str",
        "bool",
    )

    start_time: str | None = None
    """Start of the usage query period, as an ISO 8601 time string with offset, for example
    2026-02-10T00+08:00.

    Wire name: ``StartTime``.
    """

    end_time: str | None = None
    """End of the usage query period, as an ISO 8601 time string with offset, for example
    2026-02-10T02+08:00.

    Wire name: ``EndTime``.
    """

    channel_ids: list[str] | None = None
    """IDs of the channels whose usage is queried.

    Wire name: ``ChannelIds``.
    """

    types: list[str] | None = None
    """Ad types to query: Pre-roll, Mid-roll or VOD. When empty, all types are queried.

    Wire name: ``Types``.
    """

    dimension: bool | None = None
    """Granularity of the result: false returns a summary, true returns detailed data.

    Wire name: ``Dimension``.
    """


_KNOWN = frozenset(DescribeStreamPackageSSAIUsageRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeStreamPackageSSAIUsageRequest:
    """Decode one ``DescribeStreamPackageSSAIUsageRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeStreamPackageSSAIUsageRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("StartTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("StartTime", "a string", v)
    o.start_time = v
    v = get("EndTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EndTime", "a string", v)
    o.end_time = v
    v = get("ChannelIds")
    if v is not None:
        n += 1
        v = _d.str_list("ChannelIds", v)
    o.channel_ids = v
    v = get("Types")
    if v is not None:
        n += 1
        v = _d.str_list("Types", v)
    o.types = v
    v = get("Dimension")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("Dimension", "a boolean", v)
    o.dimension = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeStreamPackageSSAIUsageRequest, _structure)
