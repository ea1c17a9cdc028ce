# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DeleteStreamPackageLinearAssemblyProgramsByChannelRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DeleteStreamPackageLinearAssemblyProgramsByChannelRequest(Model):
    """Request of DeleteStreamPackageLinearAssemblyProgramsByChannel: a channel ID and the IDs of
    its programs to remove.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "channel_id": "ChannelID",
        "i_ds": "IDs",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "[str!",
    )

    channel_id: str | None = None
    """ID of the channel whose programs are deleted. Required.

    Required in requests.

    Wire name: ``ChannelID``.
    """

    i_ds: list[str] | None = None
    """IDs of the programs in that channel to delete. Required.

    Required in requests.

    Wire name: ``IDs``.
    """


_KNOWN = frozenset(DeleteStreamPackageLinearAssemblyProgramsByChannelRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DeleteStreamPackageLinearAssemblyProgramsByChannelRequest:
    """Decode one ``DeleteStreamPackageLinearAssemblyProgramsByChannelRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DeleteStreamPackageLinearAssemblyProgramsByChannelRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ChannelID")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ChannelID", "a string", v)
    o.channel_id = v
    v = get("IDs")
    if v is not None:
        n += 1
        v = _d.str_list("IDs", v)
    o.i_ds = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DeleteStreamPackageLinearAssemblyProgramsByChannelRequest, _structure)
