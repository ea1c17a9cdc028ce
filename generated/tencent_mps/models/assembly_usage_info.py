# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AssemblyUsageInfo``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AssemblyUsageInfo(Model):
    """Result of a linear assembly usage query: per-channel usage entries and total durations by
    channel tier.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "assembly_usage_details": "AssemblyUsageDetails",
        "sum_basic_channel_duration": "SumBasicChannelDuration",
        "sum_standard_channel_duration": "SumStandardChannelDuration",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[AssemblyUsageDetail",
        "int",
        "int",
    )

    assembly_usage_details: list[models.AssemblyUsageDetail] | None = None
    """Per-channel linear assembly usage entries.

    Wire name: ``AssemblyUsageDetails``.
    """

    sum_basic_channel_duration: int | None = None
    """Total usage duration of all Basic-tier channels.

    Wire name: ``SumBasicChannelDuration``.
    """

    sum_standard_channel_duration: int | None = None
    """Total usage duration of all Standard-tier channels.

    Wire name: ``SumStandardChannelDuration``.
    """


_KNOWN = frozenset(AssemblyUsageInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AssemblyUsageInfo:
    """Decode one ``AssemblyUsageInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AssemblyUsageInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("AssemblyUsageDetails")
    if v is not None:
        n += 1
        v = _d.objects("AssemblyUsageDetails", v, _S["AssemblyUsageDetail"])
    o.assembly_usage_details = v
    v = get("SumBasicChannelDuration")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SumBasicChannelDuration", "an integer", v)
    o.sum_basic_channel_duration = v
    v = get("SumStandardChannelDuration")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SumStandardChannelDuration", "an integer", v)
    o.sum_standard_channel_duration = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AssemblyUsageInfo, _structure)
