# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeWorkflowsRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeWorkflowsRequest:
    """Request of DescribeWorkflows: filters by workflow ID and status, plus paging.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "workflow_ids": "WorkflowIds",
        "status": "Status",
        "offset": "Offset",
        "limit": "Limit",
    }
    """Attribute name -> wire name, for every field."""

    workflow_ids: list[int] | None = None
    """Filter by workflow IDs; at most 100 entries.

    Wire name: ``WorkflowIds``.
    """

    status: str | None = None
    """Filter by workflow status: Enabled or Disabled. Workflows of both states are returned
    when omitted.

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DescribeWorkflowsRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "WorkflowIds",
        "Status",
        "Offset",
        "Limit",
    }
)


def _structure(data: Any) -> DescribeWorkflowsRequest:
    """Decode one ``DescribeWorkflowsRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeWorkflowsRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("WorkflowIds")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("WorkflowIds", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is int for x in v):
            _d.check_items("WorkflowIds", v, "an integer", _d.is_int)
    o.workflow_ids = v
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


def _unstructure(o: DescribeWorkflowsRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.workflow_ids
    if v is not None:
        d["WorkflowIds"] = list(v)
    v = o.status
    if v is not None:
        d["Status"] = v
    v = o.offset
    if v is not None:
        d["Offset"] = v
    v = o.limit
    if v is not None:
        d["Limit"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DescribeWorkflowsRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DescribeWorkflowsRequest:
        o = _e.as_model(o, DescribeWorkflowsRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.workflow_ids
    if v is not None:
        d["WorkflowIds"] = _e.ints("WorkflowIds", v)
    v = o.status
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Status", v)
        d["Status"] = v
    v = o.offset
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Offset", v)
        d["Offset"] = v
    v = o.limit
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Limit", v)
        d["Limit"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
