# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``UnattachSecurityGroupInOutInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class UnattachSecurityGroupInOutInfo(Model):
    """An input or output of a flow to unbind from a media transport security group."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "flow_id": "FlowId",
        "in_out_id": "InOutId",
        "in_out_type": "InOutType",
        "flow_region": "FlowRegion",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str!",
        "str!",
    )

    flow_id: str | None = None
    """ID of the flow associated with the security group.

    Required in requests.

    Wire name: ``FlowId``.
    """

    in_out_id: str | None = None
    """ID of the input or output to unbind.

    Required in requests.

    Wire name: ``InOutId``.
    """

    in_out_type: str | None = None
    """Whether the item is an Input or an Output.

    Known values (:class:`tencent_mps.enums.UnattachSecurityGroupInOutInfoInOutType`); others may appear:
    ``Input``: a flow input
    ``Output``: a flow output

    Required in requests.

    Wire name: ``InOutType``.
    """

    flow_region: str | None = None
    """Region of the flow, for example ap-shanghai; shared with the input.

    Required in requests.

    Wire name: ``FlowRegion``.
    """


_KNOWN = frozenset(UnattachSecurityGroupInOutInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> UnattachSecurityGroupInOutInfo:
    """Decode one ``UnattachSecurityGroupInOutInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(UnattachSecurityGroupInOutInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FlowId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FlowId", "a string", v)
    o.flow_id = v
    v = get("InOutId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("InOutId", "a string", v)
    o.in_out_id = v
    v = get("InOutType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("InOutType", "a string", v)
    o.in_out_type = v
    v = get("FlowRegion")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FlowRegion", "a string", v)
    o.flow_region = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(UnattachSecurityGroupInOutInfo, _structure)
