# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeAsrHotwordsRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeAsrHotwordsRequest(Model):
    """Request of DescribeAsrHotwords: the library to read (by ID or name) and how to sort and page
    its words.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "hotwords_id": "HotwordsId",
        "name": "Name",
        "offset": "Offset",
        "limit": "Limit",
        "order_by": "OrderBy",
        "order_type": "OrderType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "int",
        "int",
        "str",
        "int",
    )

    hotwords_id: str | None = None
    """ID of the library to query. Either HotwordsId or Name is required; if both are given,
    HotwordsId takes precedence.

    Wire name: ``HotwordsId``.
    """

    name: str | None = None
    """Name of the library to query. Either HotwordsId or Name is required; if both are given,
    HotwordsId takes precedence.

    Wire name: ``Name``.
    """

    offset: int | None = None
    """Paging offset; default 0.

    Wire name: ``Offset``.
    """

    limit: int | None = None
    """Number of records to return; default 10, maximum 100.

    Wire name: ``Limit``.
    """

    order_by: str | None = None
    """How to sort the hotwords: Default, Weight or Lexical.

    Known values (:class:`tencent_mps.enums.DescribeAsrHotwordsRequestOrderBy`); others may appear:
    ``Default``: order in the original file
    ``Weight``: by weight
    ``Lexical``: by hotword text

    Wire name: ``OrderBy``.
    """

    order_type: int | None = None
    """Sort direction: 0 ascending (default), 1 descending.

    Wire name: ``OrderType``.
    """


_KNOWN = frozenset(DescribeAsrHotwordsRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeAsrHotwordsRequest:
    """Decode one ``DescribeAsrHotwordsRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeAsrHotwordsRequest)
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
    v = get("OrderBy")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OrderBy", "a string", v)
    o.order_by = v
    v = get("OrderType")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("OrderType", "an integer", v)
    o.order_type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeAsrHotwordsRequest, _structure)
