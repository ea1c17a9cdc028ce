# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ConfigAliasesInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ConfigAliasesInfo:
    """Configuration alias of an SSAI setting: a parameter name and the alias-to-value mappings for
    it.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "param_name": "ParamName",
        "alias_value_list": "AliasValueList",
    }
    """Attribute name -> wire name, for every field."""

    param_name: str | None = None
    """Name of the parameter the aliases apply to, for example region.

    Wire name: ``ParamName``.
    """

    alias_value_list: list[models.AliasValueConf] | None = None
    """Alias-to-value mappings defined for this parameter.

    Wire name: ``AliasValueList``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConfigAliasesInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ParamName",
        "AliasValueList",
    }
)


def _structure(data: Any) -> ConfigAliasesInfo:
    """Decode one ``ConfigAliasesInfo`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("AliasValueList", "an array", v)
        if v:
            f = _S["AliasValueConf"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("AliasValueList", v, f) from None
        else:
            v = []
    o.alias_value_list = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ConfigAliasesInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.param_name
    if v is not None:
        d["ParamName"] = v
    v = o.alias_value_list
    if v is not None:
        d["AliasValueList"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ConfigAliasesInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ConfigAliasesInfo:
        o = _e.as_model(o, ConfigAliasesInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.param_name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ParamName", v)
        d["ParamName"] = v
    v = o.alias_value_list
    if v is not None:
        d["AliasValueList"] = _e.models("AliasValueList", v, _R["AliasValueConf"])
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
