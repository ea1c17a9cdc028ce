# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TokensUsage``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TokensUsage:
    """Token consumption of a model call: input, output and total.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_tokens": "InputTokens",
        "output_tokens": "OutputTokens",
        "total_tokens": "TotalTokens",
    }
    """Attribute name -> wire name, for every field."""

    input_tokens: int | None = None
    """Number of input tokens.

    Wire name: ``InputTokens``.
    """

    output_tokens: int | None = None
    """Number of output tokens.

    Wire name: ``OutputTokens``.
    """

    total_tokens: int | None = None
    """Total number of tokens, normally input plus output.

    Wire name: ``TotalTokens``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TokensUsage:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "InputTokens",
        "OutputTokens",
        "TotalTokens",
    }
)


def _structure(data: Any) -> TokensUsage:
    """Decode one ``TokensUsage`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TokensUsage)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("InputTokens")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("InputTokens", "an integer", v)
    o.input_tokens = v
    v = get("OutputTokens")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("OutputTokens", "an integer", v)
    o.output_tokens = v
    v = get("TotalTokens")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("TotalTokens", "an integer", v)
    o.total_tokens = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: TokensUsage) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.input_tokens
    if v is not None:
        d["InputTokens"] = v
    v = o.output_tokens
    if v is not None:
        d["OutputTokens"] = v
    v = o.total_tokens
    if v is not None:
        d["TotalTokens"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
