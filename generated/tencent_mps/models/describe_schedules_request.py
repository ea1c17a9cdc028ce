# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeSchedulesRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeSchedulesRequest(Model):
    """Request of DescribeSchedules: filters by schedule ID, trigger type and status, plus paging."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "schedule_ids": "ScheduleIds",
        "trigger_type": "TriggerType",
        "status": "Status",
        "offset": "Offset",
        "limit": "Limit",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[int",
        "str",
        "str",
        "int",
        "int",
    )

    schedule_ids: list[int] | None = None
    """Filter by schedule IDs; at most 100 entries.

    Wire name: ``ScheduleIds``.
    """

    trigger_type: str | None = None
    """Filter by trigger type: CosFileUpload or AwsS3FileUpload. Empty means all types.

    Known values (:class:`tencent_mps.enums.DescribeSchedulesRequestTriggerType`); others may appear:
    ``CosFileUpload``: triggered by a Tencent Cloud COS file upload
    ``AwsS3FileUpload``: triggered by an AWS S3 file upload

    Wire name: ``TriggerType``.
    """

    status: str | None = None
    """Filter by status: Enabled or Disabled. Schedules of both states are returned when
    omitted.

    Known values (:class:`tencent_mps.enums.EnabledStatus`); others may appear:
    ``Enabled``: enabled
    ``Disabled``: disabled

    Wire name: ``Status``.
    """

    offset: int | None = None
    """Paging offset. Defaults to 0.

    Wire name: ``Offset``.
    """

    limit: int | None = None
    """Number of records to return. Defaults to 10, maximum 100.

    Wire name: ``Limit``.
    """


_KNOWN = frozenset(DescribeSchedulesRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeSchedulesRequest:
    """Decode one ``DescribeSchedulesRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeSchedulesRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ScheduleIds")
    if v is not None:
        n += 1
        v = _d.int_list("ScheduleIds", v)
    o.schedule_ids = v
    v = get("TriggerType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TriggerType", "a string", v)
    o.trigger_type = v
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


bind(DescribeSchedulesRequest, _structure)
