# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SRTFECSimpleOptions`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SRTFECSimpleOptions(Model):
    """Basic forward error correction (FEC) switch for SRT."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "enable": "Enable",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("bool",)

    enable: bool | None = None
    """Whether FEC is enabled.

    Wire name: ``Enable``.
    """


_KNOWN = frozenset(SRTFECSimpleOptions.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SRTFECSimpleOptions:
    """Decode one ``SRTFECSimpleOptions`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SRTFECSimpleOptions)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Enable")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("Enable", "a boolean", v)
    o.enable = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SRTFECSimpleOptions, _structure)
