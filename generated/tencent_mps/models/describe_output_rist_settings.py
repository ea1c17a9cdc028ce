# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeOutputRISTSettings``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeOutputRISTSettings:
    """RIST settings of an existing output.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "mode": "Mode",
        "profile": "Profile",
        "buffer": "Buffer",
        "source_addresses": "SourceAddresses",
    }
    """Attribute name -> wire name, for every field."""

    mode: str | None = None
    """RIST connection mode: LISTENER or CALLER. Defaults to LISTENER.

    Wire name: ``Mode``.
    """

    profile: str | None = None
    """RIST profile: MAIN or SIMPLE. Defaults to MAIN.

    Wire name: ``Profile``.
    """

    buffer: int | None = None
    """RIST buffer size in milliseconds, from 50 to 5000. Defaults to 120.

    Unit: ms.

    Wire name: ``Buffer``.
    """

    source_addresses: list[models.OutputRISTSourceAddressResp] | None = None
    """Addresses the server listens on; used when the RIST mode is LISTENER. May be null if
    unavailable.

    Wire name: ``SourceAddresses``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DescribeOutputRISTSettings:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Mode",
        "Profile",
        "Buffer",
        "SourceAddresses",
    }
)


def _structure(data: Any) -> DescribeOutputRISTSettings:
    """Decode one ``DescribeOutputRISTSettings`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeOutputRISTSettings)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Mode")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Mode", "a string", v)
    o.mode = v
    v = get("Profile")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Profile", "a string", v)
    o.profile = v
    v = get("Buffer")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Buffer", "an integer", v)
    o.buffer = v
    v = get("SourceAddresses")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("SourceAddresses", "an array", v)
        if v:
            f = _S["OutputRISTSourceAddressResp"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("SourceAddresses", v, f) from None
        else:
            v = []
    o.source_addresses = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DescribeOutputRISTSettings) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.mode
    if v is not None:
        d["Mode"] = v
    v = o.profile
    if v is not None:
        d["Profile"] = v
    v = o.buffer
    if v is not None:
        d["Buffer"] = v
    v = o.source_addresses
    if v is not None:
        d["SourceAddresses"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
