# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeAigcTaskListRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeAigcTaskListRequest(Model):
    """Request of DescribeAigcTaskList: the page to fetch and the filters to apply."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "page_num": "PageNum",
        "page_size": "PageSize",
        "query_task_filter": "QueryTaskFilter",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "QueryTaskFilter",
    )

    page_num: int | None = None
    """Page number to start from.

    Wire name: ``PageNum``.
    """

    page_size: int | None = None
    """Number of entries to return per page.

    Wire name: ``PageSize``.
    """

    query_task_filter: models.QueryTaskFilter | None = None
    """Conditions used to filter the tasks.

    Wire name: ``QueryTaskFilter``.
    """


_KNOWN = frozenset(DescribeAigcTaskListRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeAigcTaskListRequest:
    """Decode one ``DescribeAigcTaskListRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeAigcTaskListRequest)
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
    v = get("QueryTaskFilter")
    if v is not None:
        n += 1
        try:
            v = _S["QueryTaskFilter"](v)
        except DecodeError as e:
            raise e.with_prefix("QueryTaskFilter") from None
    o.query_task_filter = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeAigcTaskListRequest, _structure)
