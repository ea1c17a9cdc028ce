# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeJobRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeJobRequest(Model):
    """Request of DescribeJob."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "job_id": "JobId",
        "region": "Region",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
    )

    job_id: str | None = None
    """ID of the job.

    Required in requests.

    Wire name: ``JobId``.
    """

    region: str | None = None
    """Region of the job.

    Required in requests.

    Wire name: ``Region``.
    """


_KNOWN = frozenset(DescribeJobRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeJobRequest:
    """Decode one ``DescribeJobRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeJobRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("JobId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("JobId", "a string", v)
    o.job_id = v
    v = get("Region")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Region", "a string", v)
    o.region = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeJobRequest, _structure)
