# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeTaskDetailRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeTaskDetailRequest(Model):
    """Request parameters for DescribeTaskDetail, which looks up the details of a single media-
    processing task by its ID.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "task_id": "TaskId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("str!",)

    task_id: str | None = None
    """ID of the media-processing task whose details should be returned.

    Required in requests.

    Wire name: ``TaskId``.
    """


_KNOWN = frozenset(DescribeTaskDetailRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeTaskDetailRequest:
    """Decode one ``DescribeTaskDetailRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeTaskDetailRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TaskId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskId", "a string", v)
    o.task_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeTaskDetailRequest, _structure)
