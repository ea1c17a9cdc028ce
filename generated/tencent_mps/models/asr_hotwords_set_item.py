# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AsrHotwordsSetItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AsrHotwordsSetItem:
    """A single hotword in a hotword library, with its weight.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "text": "Text",
        "weight": "Weight",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AsrHotwordsSetItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Id",
        "Text",
        "Weight",
    }
)


def _structure(data: Any) -> AsrHotwordsSetItem:
    """Decode one ``AsrHotwordsSetItem`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: AsrHotwordsSetItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.id
    if v is not None:
        d["Id"] = v
    v = o.text
    if v is not None:
        d["Text"] = v
    v = o.weight
    if v is not None:
        d["Weight"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
