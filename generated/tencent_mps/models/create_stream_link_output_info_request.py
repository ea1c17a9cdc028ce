# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateStreamLinkOutputInfoRequest`` (sent in requests)."""

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
class CreateStreamLinkOutputInfoRequest(Model):
    """Request of CreateStreamLinkOutputInfo: the flow and the configuration of the output to add."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "flow_id": "FlowId",
        "output": "Output",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "CreateOutputInfo!",
    )

    flow_id: str | None = None
    """ID of the media transport flow to add the output to.

    Required in requests.

    Wire name: ``FlowId``.
    """

    output: models.CreateOutputInfo | None = None
    """Configuration of the output to create.

    Required in requests.

    Wire name: ``Output``.
    """


_KNOWN = frozenset(CreateStreamLinkOutputInfoRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateStreamLinkOutputInfoRequest:
    """Decode one ``CreateStreamLinkOutputInfoRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateStreamLinkOutputInfoRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FlowId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FlowId", "a string", v)
    o.flow_id = v
    v = get("Output")
    if v is not None:
        n += 1
        try:
            v = _S["CreateOutputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("Output") from None
    o.output = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateStreamLinkOutputInfoRequest, _structure)
