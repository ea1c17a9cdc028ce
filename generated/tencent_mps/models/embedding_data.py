# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``EmbeddingData`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class EmbeddingData(Model):
    """One input item for the embedding API: its data type (currently only text) and content."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "data": "Data",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
    )

    type: str | None = None
    """Data type of the input; currently only text.

    Known values (:class:`tencent_mps.enums.EmbeddingDataType`); others may appear:
    ``text``: text data

    Required in requests.

    Wire name: ``Type``.
    """

    data: str | None = None
    """Content of the input; a text string when Type is text.

    Required in requests.

    Wire name: ``Data``.
    """


_KNOWN = frozenset(EmbeddingData.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> EmbeddingData:
    """Decode one ``EmbeddingData`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(EmbeddingData)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Data")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Data", "a string", v)
    o.data = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(EmbeddingData, _structure)
