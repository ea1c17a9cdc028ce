# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateOutputSRTSettingsDestinations`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateOutputSRTSettingsDestinations(Model):
    """An address and port that an SRT output pushes to."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "ip": "Ip",
        "port": "Port",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "int!",
    )

    ip: str | None = None
    """IP address or domain name to push to.

    Required in requests.

    Wire name: ``Ip``.
    """

    port: int | None = None
    """Port to push to.

    Required in requests.

    Wire name: ``Port``.
    """


_KNOWN = frozenset(CreateOutputSRTSettingsDestinations.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateOutputSRTSettingsDestinations:
    """Decode one ``CreateOutputSRTSettingsDestinations`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateOutputSRTSettingsDestinations)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Ip")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Ip", "a string", v)
    o.ip = v
    v = get("Port")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Port", "an integer", v)
    o.port = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateOutputSRTSettingsDestinations, _structure)
