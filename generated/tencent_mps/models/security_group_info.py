# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SecurityGroupInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SecurityGroupInfo:
    """A StreamLink security group: its allowlist and the inputs and outputs bound to it.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "name": "Name",
        "whitelist": "Whitelist",
        "occupied_inputs": "OccupiedInputs",
        "region": "Region",
        "occupied_outputs": "OccupiedOutputs",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SecurityGroupInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Id",
        "Name",
        "Whitelist",
        "OccupiedInputs",
        "Region",
        "OccupiedOutputs",
    }
)


def _structure(data: Any) -> SecurityGroupInfo:
    """Decode one ``SecurityGroupInfo`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("Whitelist", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Whitelist", v, "a string", _d.is_str)
    o.whitelist = v
    v = get("OccupiedInputs")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("OccupiedInputs", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("OccupiedInputs", v, "a string", _d.is_str)
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
        if type(v) is not list:
            raise _d.wrong_type("OccupiedOutputs", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("OccupiedOutputs", v, "a string", _d.is_str)
    o.occupied_outputs = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: SecurityGroupInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.id
    if v is not None:
        d["Id"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.whitelist
    if v is not None:
        d["Whitelist"] = list(v)
    v = o.occupied_inputs
    if v is not None:
        d["OccupiedInputs"] = list(v)
    v = o.region
    if v is not None:
        d["Region"] = v
    v = o.occupied_outputs
    if v is not None:
        d["OccupiedOutputs"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
