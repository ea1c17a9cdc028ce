# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SecurityGroupInfo``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SecurityGroupInfo(Model):
    """A StreamLink security group: its allowlist and the inputs and outputs bound to it."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "name": "Name",
        "whitelist": "Whitelist",
        "occupied_inputs": "OccupiedInputs",
        "region": "Region",
        "occupied_outputs": "OccupiedOutputs",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "[str",
        "[str",
        "str",
        "[str",
    )

    id: str | None = None
    """ID of the security group.

    Wire name: ``Id``.
    """

    name: str | None = None
    """Name of the security group.

    Wire name: ``Name``.
    """

    whitelist: list[str] | None = None
    """Allowlisted addresses of the security group, for example 0.0.0.0/0.

    Wire name: ``Whitelist``.
    """

    occupied_inputs: list[str] | None = None
    """IDs of the inputs bound to this security group. May be null if unavailable.

    Wire name: ``OccupiedInputs``.
    """

    region: str | None = None
    """Region of the security group, for example ap-shanghai.

    Wire name: ``Region``.
    """

    occupied_outputs: list[str] | None = None
    """IDs of the outputs bound to this security group. May be null if unavailable.

    Wire name: ``OccupiedOutputs``.
    """


_KNOWN = frozenset(SecurityGroupInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SecurityGroupInfo:
    """Decode one ``SecurityGroupInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SecurityGroupInfo)
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
    v = get("OccupiedInputs")
    if v is not None:
        n += 1
        v = _d.str_list("OccupiedInputs", v)
    o.occupied_inputs = v
    v = get("Region")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Region", "a string", v)
    o.region = v
    v = get("OccupiedOutputs")
    if v is not None:
        n += 1
        v = _d.str_list("OccupiedOutputs", v)
    o.occupied_outputs = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SecurityGroupInfo, _structure)
