# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeStreamPackageLinearAssemblyProgramsRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeStreamPackageLinearAssemblyProgramsRequest(Model):
    """Request of DescribeStreamPackageLinearAssemblyPrograms: paging parameters and optional
    channel and name filters.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "page_num": "PageNum",
        "page_size": "PageSize",
        "channel_id": "ChannelId",
        "name": "Name",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "str",
        "str",
    )

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


_KNOWN = frozenset(DescribeStreamPackageLinearAssemblyProgramsRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeStreamPackageLinearAssemblyProgramsRequest:
    """Decode one ``DescribeStreamPackageLinearAssemblyProgramsRequest`` wire object: the straight-line decoder of this model."""
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


bind(DescribeStreamPackageLinearAssemblyProgramsRequest, _structure)
