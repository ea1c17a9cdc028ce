# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SearchValueInput`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SearchValueInput(Model):
    """Search input of a video search task, currently a text query."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "search_value_type": "SearchValueType",
        "text_input": "TextInput",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
    )

    search_value_type: str | None = None
    """Kind of search input; currently only Text.

    Known values (:class:`tencent_mps.enums.SearchValueInputSearchValueType`); others may appear:
    ``Text``: text search

    Required in requests.

    Wire name: ``SearchValueType``.
    """

    text_input: str | None = None
    """Text used to search for videos; required and used only when SearchValueType is Text. May
    be null if unavailable.

    Wire name: ``TextInput``.
    """


_KNOWN = frozenset(SearchValueInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SearchValueInput:
    """Decode one ``SearchValueInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SearchValueInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SearchValueType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SearchValueType", "a string", v)
    o.search_value_type = v
    v = get("TextInput")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TextInput", "a string", v)
    o.text_input = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SearchValueInput, _structure)
