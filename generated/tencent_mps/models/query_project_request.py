# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``QueryProjectRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class QueryProjectRequest(Model):
    """Request of QueryProject: the project ID or name to search for and paging."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "project_id": "ProjectId",
        "project_name": "ProjectName",
        "page": "Page",
        "page_size": "PageSize",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "int",
        "int",
    )

    project_id: str | None = None
    """ID of the project to look up.

    Wire name: ``ProjectId``.
    """

    project_name: str | None = None
    """Name of the project to look up.

    Wire name: ``ProjectName``.
    """

    page: int | None = None
    """Page number, starting at 1; default 1.

    Wire name: ``Page``.
    """

    page_size: int | None = None
    """Number of projects per page; default 20.

    Wire name: ``PageSize``.
    """


_KNOWN = frozenset(QueryProjectRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> QueryProjectRequest:
    """Decode one ``QueryProjectRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(QueryProjectRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ProjectId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ProjectId", "a string", v)
    o.project_id = v
    v = get("ProjectName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ProjectName", "a string", v)
    o.project_name = v
    v = get("Page")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Page", "an integer", v)
    o.page = v
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


bind(QueryProjectRequest, _structure)
