# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeSSAIActivateStateRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeSSAIActivateStateRequest(Model):
    """Request of DescribeSSAIActivateState; it takes no parameters."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {}
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ()


_KNOWN = frozenset(DescribeSSAIActivateStateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeSSAIActivateStateRequest:
    """Decode one ``DescribeSSAIActivateStateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeSSAIActivateStateRequest)
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeSSAIActivateStateRequest, _structure)
