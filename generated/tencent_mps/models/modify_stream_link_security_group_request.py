# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyStreamLinkSecurityGroupRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ModifyStreamLinkSecurityGroupRequest(Model):
    """Request of ModifyStreamLinkSecurityGroup: the security group to update, with its new name
    and allowlist.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "name": "Name",
        "whitelist": "Whitelist",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
        "[str",
    )

    id: str | None = None
    """ID of the security group to update. Required.

    Required in requests.

    Wire name: ``Id``.
    """

    name: str | None = None
    """Security group name: letters, digits and underscores, length [1, 32], unique within the
    region.

    Wire name: ``Name``.
    """

    whitelist: list[str] | None = None
    """Allowlist entries of the security group, at most 10.

    Wire name: ``Whitelist``.
    """


_KNOWN = frozenset(ModifyStreamLinkSecurityGroupRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyStreamLinkSecurityGroupRequest:
    """Decode one ``ModifyStreamLinkSecurityGroupRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyStreamLinkSecurityGroupRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Id")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Id", "a string", v)
    o.id = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Whitelist")
    if v is not None:
        n += 1
        v = _d.str_list("Whitelist", v)
    o.whitelist = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ModifyStreamLinkSecurityGroupRequest, _structure)
