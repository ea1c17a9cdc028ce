# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeStreamPackageLinearAssemblyUsageRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeStreamPackageLinearAssemblyUsageRequest:
    """Request of DescribeStreamPackageLinearAssemblyUsage: the time range, level of detail and the
    channels or tiers to include.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "start_time": "StartTime",
        "end_time": "EndTime",
        "dimension": "Dimension",
        "channel_ids": "ChannelIds",
        "channel_tiers": "ChannelTiers",
    }
    """Attribute name -> wire name, for every field."""

    start_time: str | None = None
    """Start of the query range, in ISO 8601 format with time zone.

    Wire name: ``StartTime``.
    """

    end_time: str | None = None
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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DescribeStreamPackageLinearAssemblyUsageRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "StartTime",
        "EndTime",
        "Dimension",
        "ChannelIds",
        "ChannelTiers",
    }
)


def _structure(data: Any) -> DescribeStreamPackageLinearAssemblyUsageRequest:
    """Decode one ``DescribeStreamPackageLinearAssemblyUsageRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeStreamPackageLinearAssemblyUsageRequest)
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
    v = get("Dimension")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("Dimension", "a boolean", v)
    o.dimension = v
    v = get("ChannelIds")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ChannelIds", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("ChannelIds", v, "a string", _d.is_str)
    o.channel_ids = v
    v = get("ChannelTiers")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ChannelTiers", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("ChannelTiers", v, "a string", _d.is_str)
    o.channel_tiers = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DescribeStreamPackageLinearAssemblyUsageRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.start_time
    if v is not None:
        d["StartTime"] = v
    v = o.end_time
    if v is not None:
        d["EndTime"] = v
    v = o.dimension
    if v is not None:
        d["Dimension"] = v
    v = o.channel_ids
    if v is not None:
        d["ChannelIds"] = list(v)
    v = o.channel_tiers
    if v is not None:
        d["ChannelTiers"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DescribeStreamPackageLinearAssemblyUsageRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DescribeStreamPackageLinearAssemblyUsageRequest:
        o = _e.as_model(o, DescribeStreamPackageLinearAssemblyUsageRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.start_time
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("StartTime", v)
        d["StartTime"] = v
    v = o.end_time
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("EndTime", v)
        d["EndTime"] = v
    v = o.dimension
    if v is not None:
        if type(v) is not bool:
            raise _e.wrong_type("Dimension", "a boolean", v)
        d["Dimension"] = v
    v = o.channel_ids
    if v is not None:
        d["ChannelIds"] = _e.strs("ChannelIds", v)
    v = o.channel_tiers
    if v is not None:
        d["ChannelTiers"] = _e.strs("ChannelTiers", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
