# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateStreamLinkSecurityGroupRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateStreamLinkSecurityGroupRequest(Model):
    """Request of CreateStreamLinkSecurityGroup: the name and allowlist of the new security group."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "whitelist": "Whitelist",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "[str!",
    )

    name: str | None = None
    """Name of the security group: letters, digits and underscores, unique within the region.

    Required in requests.

    Wire name: ``Name``.
    """

    whitelist: list[str] | None = None
    """Allowlisted addresses (CIDR, for example 101.102.101.22/32); between 1 and 10 entries.

    Required in requests.

    Wire name: ``Whitelist``.
    """


_KNOWN = frozenset(CreateStreamLinkSecurityGroupRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateStreamLinkSecurityGroupRequest:
    """Decode one ``CreateStreamLinkSecurityGroupRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateStreamLinkSecurityGroupRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
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


bind(CreateStreamLinkSecurityGroupRequest, _structure)
