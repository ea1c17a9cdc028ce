# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateInputRISTSettings`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateInputRISTSettings(Model):
    """Settings of an input that receives a RIST stream."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "mode": "Mode",
        "profile": "Profile",
        "buffer": "Buffer",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "int",
    )

    mode: str | None = None
    """RIST mode; only LISTENER is supported, which is the default.

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


_KNOWN = frozenset(CreateInputRISTSettings.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateInputRISTSettings:
    """Decode one ``CreateInputRISTSettings`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateInputRISTSettings)
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateInputRISTSettings, _structure)
