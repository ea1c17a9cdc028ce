# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``EmbeddingResultItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class EmbeddingResultItem(Model):
    """The embedding vector computed for one input item."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "result": "Result",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("[float",)

    result: list[float] | None = None
    """The embedding vector as a list of numbers.

    Wire name: ``Result``.
    """


_KNOWN = frozenset(EmbeddingResultItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> EmbeddingResultItem:
    """Decode one ``EmbeddingResultItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(EmbeddingResultItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Result")
    if v is not None:
        n += 1
        v = _d.float_list("Result", v)
    o.result = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(EmbeddingResultItem, _structure)
