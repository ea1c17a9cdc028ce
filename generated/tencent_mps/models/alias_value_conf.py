# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AliasValueConf`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AliasValueConf(Model):
    """One alias and the value it stands for within a configuration alias parameter."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "alias": "Alias",
        "value": "Value",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
    )

    alias: str | None = None
    """Alias string used in place of the value, for example india.

    Wire name: ``Alias``.
    """

    value: str | None = None
    """Actual value that the alias resolves to, for example ap-mumbai.

    Wire name: ``Value``.
    """


_KNOWN = frozenset(AliasValueConf.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AliasValueConf:
    """Decode one ``AliasValueConf`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AliasValueConf)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Alias")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Alias", "a string", v)
    o.alias = v
    v = get("Value")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Value", "a string", v)
    o.value = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AliasValueConf, _structure)
