# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeTasksResponse``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from ._registry import STRUCTURE as _S

if TYPE_CHECKING:
    from .task_simple_info import TaskSimpleInfo

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeTasksResponse:
    """Response of the MPS action DescribeTasks (object with 4 fields).

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "task_set": "TaskSet",
        "scroll_token": "ScrollToken",
        "total_count": "TotalCount",
        "request_id": "RequestId",
    }
    """Attribute name -> wire name, for every field."""

    task_set: list[TaskSimpleInfo] | None = None
    """`TaskSet` of DescribeTasksResponse: a list of TaskSimpleInfo.

    Wire name: ``TaskSet``.
    """

    scroll_token: str | None = None
    """`ScrollToken` of DescribeTasksResponse: a string.

    Wire name: ``ScrollToken``.
    """

    total_count: int | None = None
    """`TotalCount` of DescribeTasksResponse: an integer.

    Wire name: ``TotalCount``.
    """

    request_id: str | None = None
    """`RequestId` of DescribeTasksResponse: a string.

    Wire name: ``RequestId``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DescribeTasksResponse:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "TaskSet",
        "ScrollToken",
        "TotalCount",
        "RequestId",
    }
)


def _structure(data: Any) -> DescribeTasksResponse:
    """Decode one ``DescribeTasksResponse`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeTasksResponse)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TaskSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("TaskSet", "an array", v)
        if v:
            f = _S["TaskSimpleInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("TaskSet", v, f) from None
        else:
            v = []
    o.task_set = v
    v = get("ScrollToken")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ScrollToken", "a string", v)
    o.scroll_token = v
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


def _unstructure(o: DescribeTasksResponse) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.task_set
    if v is not None:
        d["TaskSet"] = [x.to_dict() for x in v]
    v = o.scroll_token
    if v is not None:
        d["ScrollToken"] = v
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
