# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DeleteStreamPackageLinearAssemblyChannelsRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DeleteStreamPackageLinearAssemblyChannelsRequest(Model):
    """Request of DeleteStreamPackageLinearAssemblyChannels: the IDs of the channels to delete."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "ids": "Ids",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("[str!",)

    ids: list[str] | None = None
    """IDs of the channels to delete. Required.

    Required in requests.

    Wire name: ``Ids``.
    """


_KNOWN = frozenset(DeleteStreamPackageLinearAssemblyChannelsRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DeleteStreamPackageLinearAssemblyChannelsRequest:
    """Decode one ``DeleteStreamPackageLinearAssemblyChannelsRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DeleteStreamPackageLinearAssemblyChannelsRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Ids")
    if v is not None:
        n += 1
        v = _d.str_list("Ids", v)
    o.ids = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DeleteStreamPackageLinearAssemblyChannelsRequest, _structure)
