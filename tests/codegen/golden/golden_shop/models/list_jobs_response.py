# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ListJobsResponse``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ListJobsResponse:
    """Response of ListJobs.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "job_set": "JobSet",
        "total_count": "TotalCount",
        "request_id": "RequestId",
    }
    """Attribute name -> wire name, for every field."""

    job_set: list[models.JobDetail] | None = None
    """One page of jobs.

    Wire name: ``JobSet``.
    """

    total_count: int | None = None
    """Number of jobs matching.

    Wire name: ``TotalCount``.
    """

    request_id: str | None = None
    """Unique ID of the request.

    Wire name: ``RequestId``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListJobsResponse:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "JobSet",
        "TotalCount",
        "RequestId",
    }
)


def _structure(data: Any) -> ListJobsResponse:
    """Decode one ``ListJobsResponse`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ListJobsResponse)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("JobSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("JobSet", "an array", v)
        if v:
            f = _S["JobDetail"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("JobSet", v, f) from None
        else:
            v = []
    o.job_set = v
    v = get("TotalCount")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("TotalCount", "an integer", v)
    o.total_count = v
    v = get("RequestId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("RequestId", "a string", v)
    o.request_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ListJobsResponse) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.job_set
    if v is not None:
        d["JobSet"] = [_d.wire(x) for x in v]
    v = o.total_count
    if v is not None:
        d["TotalCount"] = v
    v = o.request_id
    if v is not None:
        d["RequestId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
