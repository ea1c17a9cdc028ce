# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeAsrHotwordsListRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeAsrHotwordsListRequest(Model):
    """Request of DescribeAsrHotwordsList: search, sort and paging options for listing hotword
    libraries.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "hotwords_id": "HotwordsId",
        "name": "Name",
        "offset": "Offset",
        "limit": "Limit",
        "order_type": "OrderType",
        "order_by": "OrderBy",
        "types": "Types",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "int",
        "int",
        "int",
        "str",
        "[int",
    )

    hotwords_id: str | None = None
    """Search by hotword library ID.

    Wire name: ``HotwordsId``.
    """

    name: str | None = None
    """Search by hotword library name.

    Wire name: ``Name``.
    """

    offset: int | None = None
    """Paging offset; default 0.

    Wire name: ``Offset``.
    """

    limit: int | None = None
    """Number of records to return; all libraries are returned by default.

    Wire name: ``Limit``.
    """

    order_type: int | None = None
    """Sort direction: 0 ascending (default), 1 descending.

    Known values; others may appear:
    ``0``: ascending
    ``1``: descending

    Wire name: ``OrderType``.
    """

    order_by: str | None = None
    """Field to sort by; defaults to CreateTime, and an invalid field falls back to the
    default.

    Known values (:class:`tencent_mps.enums.DescribeAsrHotwordsListRequestOrderBy`); others may appear:
    ``CreateTime``: by creation time
    ``UpdateTime``: by update time
    ``Name``: by library name
    ``WordCount``: by number of hotwords
    ``HotwordsId``: by library id

    Wire name: ``OrderBy``.
    """

    types: list[int] | None = None
    """Kinds of library to include: 0 for temporary, 1 for file-based.

    Wire name: ``Types``.
    """


_KNOWN = frozenset(DescribeAsrHotwordsListRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeAsrHotwordsListRequest:
    """Decode one ``DescribeAsrHotwordsListRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeAsrHotwordsListRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("HotwordsId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("HotwordsId", "a string", v)
    o.hotwords_id = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Offset")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Offset", "an integer", v)
    o.offset = v
    v = get("Limit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Limit", "an integer", v)
    o.limit = v
    v = get("OrderType")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("OrderType", "an integer", v)
    o.order_type = v
    v = get("OrderBy")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OrderBy", "a string", v)
    o.order_by = v
    v = get("Types")
    if v is not None:
        n += 1
        v = _d.int_list("Types", v)
    o.types = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeAsrHotwordsListRequest, _structure)
