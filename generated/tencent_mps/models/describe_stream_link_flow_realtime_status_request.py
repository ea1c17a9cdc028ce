# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeStreamLinkFlowRealtimeStatusRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeStreamLinkFlowRealtimeStatusRequest(Model):
    """Request of DescribeStreamLinkFlowRealtimeStatus: the flow and, optionally, which inputs and
    outputs to report.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "flow_id": "FlowId",
        "input_ids": "InputIds",
        "output_ids": "OutputIds",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "[str",
        "[str",
    )

    flow_id: str | None = None
    """ID of the flow whose real-time status is queried.

    Required in requests.

    Wire name: ``FlowId``.
    """

    input_ids: list[str] | None = None
    """IDs of the inputs to report; when both InputIds and OutputIds are empty, all inputs and
    outputs are reported.

    Wire name: ``InputIds``.
    """

    output_ids: list[str] | None = None
    """IDs of the outputs to report; when both InputIds and OutputIds are empty, all inputs and
    outputs are reported.

    Wire name: ``OutputIds``.
    """


_KNOWN = frozenset(DescribeStreamLinkFlowRealtimeStatusRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeStreamLinkFlowRealtimeStatusRequest:
    """Decode one ``DescribeStreamLinkFlowRealtimeStatusRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeStreamLinkFlowRealtimeStatusRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FlowId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FlowId", "a string", v)
    o.flow_id = v
    v = get("InputIds")
    if v is not None:
        n += 1
        v = _d.str_list("InputIds", v)
    o.input_ids = v
    v = get("OutputIds")
    if v is not None:
        n += 1
        v = _d.str_list("OutputIds", v)
    o.output_ids = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeStreamLinkFlowRealtimeStatusRequest, _structure)
