# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CustomVariable`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CustomVariable(Model):
    """A user-defined variable passed to an AI poster suite template."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "description": "Description",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
    )

    type: str | None = None
    """Variable type in PascalCase; must not be UserPrompt. Platform templates do not use
    custom content unless adapted on request.

    Wire name: ``Type``.
    """

    description: str | None = None
    """Content of the custom variable.

    Wire name: ``Description``.
    """


_KNOWN = frozenset(CustomVariable.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CustomVariable:
    """Decode one ``CustomVariable`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CustomVariable)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Description")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Description", "a string", v)
    o.description = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CustomVariable, _structure)
