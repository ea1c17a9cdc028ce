# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AssemblyUsageInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AssemblyUsageInfo:
    """Result of a linear assembly usage query: per-channel usage entries and total durations by
    channel tier.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "assembly_usage_details": "AssemblyUsageDetails",
        "sum_basic_channel_duration": "SumBasicChannelDuration",
        "sum_standard_channel_duration": "SumStandardChannelDuration",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AssemblyUsageInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "AssemblyUsageDetails",
        "SumBasicChannelDuration",
        "SumStandardChannelDuration",
    }
)


def _structure(data: Any) -> AssemblyUsageInfo:
    """Decode one ``AssemblyUsageInfo`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AssemblyUsageInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("AssemblyUsageDetails")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("AssemblyUsageDetails", "an array", v)
        if v:
            f = _S["AssemblyUsageDetail"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("AssemblyUsageDetails", v, f) from None
        else:
            v = []
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


def _unstructure(o: AssemblyUsageInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.assembly_usage_details
    if v is not None:
        d["AssemblyUsageDetails"] = [_d.wire(x) for x in v]
    v = o.sum_basic_channel_duration
    if v is not None:
        d["SumBasicChannelDuration"] = v
    v = o.sum_standard_channel_duration
    if v is not None:
        d["SumStandardChannelDuration"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
