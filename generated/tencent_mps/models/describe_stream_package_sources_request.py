# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeStreamPackageSourcesRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeStreamPackageSourcesRequest(Model):
    """Request of DescribeStreamPackageSources: paging parameters and optional SourceLocation and
    type filters for listing Sources.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "page_num": "PageNum",
        "page_size": "PageSize",
        "location_id": "LocationId",
        "type": "Type",
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
    """Number of Sources per page, in the range [1, 1000].

    Wire name: ``PageSize``.
    """

    location_id: str | None = None
    """SourceLocation ID; when set, all Sources under that location are listed.

    Wire name: ``LocationId``.
    """

    type: str | None = None
    """Source type to list: Live for live sources or VOD for on-demand sources.

    Wire name: ``Type``.
    """


_KNOWN = frozenset(DescribeStreamPackageSourcesRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeStreamPackageSourcesRequest:
    """Decode one ``DescribeStreamPackageSourcesRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeStreamPackageSourcesRequest)
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
    v = get("LocationId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("LocationId", "a string", v)
    o.location_id = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeStreamPackageSourcesRequest, _structure)
