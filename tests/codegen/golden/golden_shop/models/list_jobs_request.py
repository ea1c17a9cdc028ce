# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ListJobsRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ListJobsRequest(Model):
    """Request of ListJobs."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "status": "Status",
        "offset": "Offset",
        "limit": "Limit",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "int",
    )

    status: str | None = None
    """Only jobs in this state.

    Known values (:class:`tencent_mps.enums.JobStatus`); others may appear:
    ``WAITING``: queued
    ``RUNNING``: being worked on
    ``DONE``: finished
    ``FAILED``: gave up

    Wire name: ``Status``.
    """

    offset: int | None = None
    """Items to skip.

    Wire name: ``Offset``.
    """

    limit: int | None = None
    """Items per page.

    Wire name: ``Limit``.
    """


_KNOWN = frozenset(ListJobsRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ListJobsRequest:
    """Decode one ``ListJobsRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ListJobsRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Status")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Status", "a string", v)
    o.status = v
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ListJobsRequest, _structure)
