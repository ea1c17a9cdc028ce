# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateOutputInfoRTPSettings`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateOutputInfoRTPSettings(Model):
    """RTP settings of a flow output being created."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "destinations": "Destinations",
        "fec": "FEC",
        "idle_timeout": "IdleTimeout",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[CreateOutputRTPSettingsDestinations!",
        "str!",
        "int!",
    )

    destinations: list[models.CreateOutputRTPSettingsDestinations] | None = None
    """Destination addresses to push to, one or two.

    Required in requests.

    Wire name: ``Destinations``.
    """

    fec: str | None = None
    """Forward error correction scheme; only none is accepted.

    Required in requests.

    Wire name: ``FEC``.
    """

    idle_timeout: int | None = None
    """Idle timeout in milliseconds.

    Unit: ms.

    Required in requests.

    Wire name: ``IdleTimeout``.
    """


_KNOWN = frozenset(CreateOutputInfoRTPSettings.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateOutputInfoRTPSettings:
    """Decode one ``CreateOutputInfoRTPSettings`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateOutputInfoRTPSettings)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Destinations")
    if v is not None:
        n += 1
        v = _d.objects("Destinations", v, _S["CreateOutputRTPSettingsDestinations"])
    o.destinations = v
    v = get("FEC")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FEC", "a string", v)
    o.fec = v
    v = get("IdleTimeout")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("IdleTimeout", "an integer", v)
    o.idle_timeout = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateOutputInfoRTPSettings, _structure)
