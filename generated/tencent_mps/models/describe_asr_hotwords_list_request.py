# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeAsrHotwordsListRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeAsrHotwordsListRequest:
    """Request of DescribeAsrHotwordsList: search, sort and paging options for listing hotword
    libraries.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DescribeAsrHotwordsListRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "HotwordsId",
        "Name",
        "Offset",
        "Limit",
        "OrderType",
        "OrderBy",
        "Types",
    }
)


def _structure(data: Any) -> DescribeAsrHotwordsListRequest:
    """Decode one ``DescribeAsrHotwordsListRequest`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("Types", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is int for x in v):
            _d.check_items("Types", v, "an integer", _d.is_int)
    o.types = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DescribeAsrHotwordsListRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.hotwords_id
    if v is not None:
        d["HotwordsId"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.offset
    if v is not None:
        d["Offset"] = v
    v = o.limit
    if v is not None:
        d["Limit"] = v
    v = o.order_type
    if v is not None:
        d["OrderType"] = v
    v = o.order_by
    if v is not None:
        d["OrderBy"] = v
    v = o.types
    if v is not None:
        d["Types"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DescribeAsrHotwordsListRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DescribeAsrHotwordsListRequest:
        o = _e.as_model(o, DescribeAsrHotwordsListRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.hotwords_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("HotwordsId", v)
        d["HotwordsId"] = v
    v = o.name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Name", v)
        d["Name"] = v
    v = o.offset
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Offset", v)
        d["Offset"] = v
    v = o.limit
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Limit", v)
        d["Limit"] = v
    v = o.order_type
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("OrderType", v)
        d["OrderType"] = v
    v = o.order_by
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("OrderBy", v)
        d["OrderBy"] = v
    v = o.types
    if v is not None:
        d["Types"] = _e.ints("Types", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
