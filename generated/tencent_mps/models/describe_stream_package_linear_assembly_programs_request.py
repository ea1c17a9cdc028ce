# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeStreamPackageLinearAssemblyProgramsRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeStreamPackageLinearAssemblyProgramsRequest:
    """Request of DescribeStreamPackageLinearAssemblyPrograms: paging parameters and optional
    channel and name filters.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "page_num": "PageNum",
        "page_size": "PageSize",
        "channel_id": "ChannelId",
        "name": "Name",
    }
    """Attribute name -> wire name, for every field."""

    page_num: int | None = None
    """Page number to return, in the range [1, 1000].

    Wire name: ``PageNum``.
    """

    page_size: int | None = None
    """Number of programs per page, in the range [1, 10000].

    Wire name: ``PageSize``.
    """

    channel_id: str | None = None
    """Restricts the list to the programs of this channel.

    Wire name: ``ChannelId``.
    """

    name: str | None = None
    """Filters programs by name using fuzzy matching.

    Wire name: ``Name``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> DescribeStreamPackageLinearAssemblyProgramsRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "PageNum",
        "PageSize",
        "ChannelId",
        "Name",
    }
)


def _structure(data: Any) -> DescribeStreamPackageLinearAssemblyProgramsRequest:
    """Decode one ``DescribeStreamPackageLinearAssemblyProgramsRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeStreamPackageLinearAssemblyProgramsRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
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
    v = get("ChannelId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ChannelId", "a string", v)
    o.channel_id = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DescribeStreamPackageLinearAssemblyProgramsRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.page_num
    if v is not None:
        d["PageNum"] = v
    v = o.page_size
    if v is not None:
        d["PageSize"] = v
    v = o.channel_id
    if v is not None:
        d["ChannelId"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DescribeStreamPackageLinearAssemblyProgramsRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DescribeStreamPackageLinearAssemblyProgramsRequest:
        o = _e.as_model(o, DescribeStreamPackageLinearAssemblyProgramsRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.page_num
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("PageNum", v)
        d["PageNum"] = v
    v = o.page_size
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("PageSize", v)
        d["PageSize"] = v
    v = o.channel_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ChannelId", v)
        d["ChannelId"] = v
    v = o.name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Name", v)
        d["Name"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
