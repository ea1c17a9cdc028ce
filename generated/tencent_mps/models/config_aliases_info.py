# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ConfigAliasesInfo`` (sent in requests)."""

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
class ConfigAliasesInfo(Model):
    """Configuration alias of an SSAI setting: a parameter name and the alias-to-value mappings for
    it.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "param_name": "ParamName",
        "alias_value_list": "AliasValueList",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[AliasValueConf",
    )

    param_name: str | None = None
    """Name of the parameter the aliases apply to, for example region.

    Wire name: ``ParamName``.
    """

    alias_value_list: list[models.AliasValueConf] | None = None
    """Alias-to-value mappings defined for this parameter.

    Wire name: ``AliasValueList``.
    """


_KNOWN = frozenset(ConfigAliasesInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ConfigAliasesInfo:
    """Decode one ``ConfigAliasesInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ConfigAliasesInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ParamName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ParamName", "a string", v)
    o.param_name = v
    v = get("AliasValueList")
    if v is not None:
        n += 1
        v = _d.objects("AliasValueList", v, _S["AliasValueConf"])
    o.alias_value_list = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ConfigAliasesInfo, _structure)
