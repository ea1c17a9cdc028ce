# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``StartStreamPackageLinearAssemblyChannelRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class StartStreamPackageLinearAssemblyChannelRequest(Model):
    """Request of StartStreamPackageLinearAssemblyChannel: the ID of the channel to start."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("str!",)

    id: str | None = None
    """ID of the channel to start. Required.

    Required in requests.

    Wire name: ``Id``.
    """


_KNOWN = frozenset(StartStreamPackageLinearAssemblyChannelRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> StartStreamPackageLinearAssemblyChannelRequest:
    """Decode one ``StartStreamPackageLinearAssemblyChannelRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(StartStreamPackageLinearAssemblyChannelRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Id")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Id", "a string", v)
    o.id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(StartStreamPackageLinearAssemblyChannelRequest, _structure)
