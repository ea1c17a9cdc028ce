# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AsrHotwordsSetItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AsrHotwordsSetItem(Model):
    """A single hotword in a hotword library, with its weight."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "text": "Text",
        "weight": "Weight",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "int",
    )

    id: int | None = None
    """Sequence number of the hotword. May be null if unavailable.

    Wire name: ``Id``.
    """

    text: str | None = None
    """Text of the hotword. May be null if unavailable.

    Wire name: ``Text``.
    """

    weight: int | None = None
    """Weight of the hotword: 1-10, 11 or 100. May be null if unavailable.

    Wire name: ``Weight``.
    """


_KNOWN = frozenset(AsrHotwordsSetItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AsrHotwordsSetItem:
    """Decode one ``AsrHotwordsSetItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AsrHotwordsSetItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Id")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Id", "an integer", v)
    o.id = v
    v = get("Text")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Text", "a string", v)
    o.text = v
    v = get("Weight")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Weight", "an integer", v)
    o.weight = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AsrHotwordsSetItem, _structure)
