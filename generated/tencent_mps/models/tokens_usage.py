# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TokensUsage``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TokensUsage(Model):
    """Token consumption of a model call: input, output and total."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_tokens": "InputTokens",
        "output_tokens": "OutputTokens",
        "total_tokens": "TotalTokens",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "int",
    )

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


_KNOWN = frozenset(TokensUsage.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TokensUsage:
    """Decode one ``TokensUsage`` wire object: the straight-line decoder of this model."""
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


bind(TokensUsage, _structure)
