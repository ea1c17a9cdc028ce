# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeJobResponse``."""

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
class DescribeJobResponse(Model):
    """Response of DescribeJob."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "job": "Job",
        "request_id": "RequestId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "JobDetail",
        "str",
    )

    job: models.JobDetail | None = None
    """The job.

    Wire name: ``Job``.
    """

    request_id: str | None = None
    """Unique ID of the request.

    Wire name: ``RequestId``.
    """


_KNOWN = frozenset(DescribeJobResponse.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeJobResponse:
    """Decode one ``DescribeJobResponse`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeJobResponse)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Job")
    if v is not None:
        n += 1
        try:
            v = _S["JobDetail"](v)
        except DecodeError as e:
            raise e.with_prefix("Job") from None
    o.job = v
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


bind(DescribeJobResponse, _structure)
