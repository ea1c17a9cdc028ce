# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeAIRecognitionTemplatesRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeAIRecognitionTemplatesRequest:
    """Request of DescribeAIRecognitionTemplates: filters by ID, type and name, plus paging.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definitions": "Definitions",
        "offset": "Offset",
        "limit": "Limit",
        "type": "Type",
        "name": "Name",
    }
    """Attribute name -> wire name, for every field."""

    definitions: list[int] | None = None
    """Return only the recognition templates with these IDs; at most 100 entries.

    Wire name: ``Definitions``.
    """

    offset: int | None = None
    """Paging offset. Defaults to 0.

    Wire name: ``Offset``.
    """

    limit: int | None = None
    """Number of records to return. Defaults to 10, maximum 50.

    Wire name: ``Limit``.
    """

    type: str | None = None
    """Return only templates of this type; all types are returned when empty.

    Known values (:class:`tencent_mps.enums.AIAnalysisTemplateItemType`); others may appear:
    ``Preset``: system preset templates
    ``Custom``: user-defined templates

    Wire name: ``Type``.
    """

    name: str | None = None
    """Filter on the recognition template name, up to 64 characters.

    Wire name: ``Name``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DescribeAIRecognitionTemplatesRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Definitions",
        "Offset",
        "Limit",
        "Type",
        "Name",
    }
)


def _structure(data: Any) -> DescribeAIRecognitionTemplatesRequest:
    """Decode one ``DescribeAIRecognitionTemplatesRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeAIRecognitionTemplatesRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definitions")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Definitions", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is int for x in v):
            _d.check_items("Definitions", v, "an integer", _d.is_int)
    o.definitions = v
    v = get("Offset")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Offset", "an integer", v)
    o.offset = v
    v = get("Limit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Limit", "an integer", v)
    o.limit = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DescribeAIRecognitionTemplatesRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.definitions
    if v is not None:
        d["Definitions"] = list(v)
    v = o.offset
    if v is not None:
        d["Offset"] = v
    v = o.limit
    if v is not None:
        d["Limit"] = v
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DescribeAIRecognitionTemplatesRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DescribeAIRecognitionTemplatesRequest:
        o = _e.as_model(o, DescribeAIRecognitionTemplatesRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.definitions
    if v is not None:
        d["Definitions"] = _e.ints("Definitions", v)
    v = o.offset
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Offset", v)
        d["Offset"] = v
    v = o.limit
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Limit", v)
        d["Limit"] = v
    v = o.type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Type", v)
        d["Type"] = v
    v = o.name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Name", v)
        d["Name"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
