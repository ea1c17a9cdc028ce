# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ExecuteFunctionRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ExecuteFunctionRequest(Model):
    """Request of ExecuteFunction: the backend function to call and its argument string."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "function_name": "FunctionName",
        "function_arg": "FunctionArg",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
    )

    function_name: str | None = None
    """Name of the backend function to call.

    Required in requests.

    Wire name: ``FunctionName``.
    """

    function_arg: str | None = None
    """Argument string for the function; its format is agreed with the backend team.

    Required in requests.

    Wire name: ``FunctionArg``.
    """


_KNOWN = frozenset(ExecuteFunctionRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ExecuteFunctionRequest:
    """Decode one ``ExecuteFunctionRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ExecuteFunctionRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FunctionName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FunctionName", "a string", v)
    o.function_name = v
    v = get("FunctionArg")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FunctionArg", "a string", v)
    o.function_arg = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ExecuteFunctionRequest, _structure)
