# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeStreamPackageSSAIChannelsRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeStreamPackageSSAIChannelsRequest(Model):
    """Request of DescribeStreamPackageSSAIChannels: paging parameters for listing ad insertion
    configurations.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "page_num": "PageNum",
        "page_size": "PageSize",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
    )

    page_num: int | None = None
    """Page number to return, starting at 1. Defaults to 1.

    Wire name: ``PageNum``.
    """

    page_size: int | None = None
    """Number of configurations per page. Defaults to 10.

    Wire name: ``PageSize``.
    """


_KNOWN = frozenset(DescribeStreamPackageSSAIChannelsRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeStreamPackageSSAIChannelsRequest:
    """Decode one ``DescribeStreamPackageSSAIChannelsRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeStreamPackageSSAIChannelsRequest)
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeStreamPackageSSAIChannelsRequest, _structure)
