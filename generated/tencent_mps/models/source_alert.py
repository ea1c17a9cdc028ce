# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SourceAlert``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SourceAlert:
    """One alert record raised for a linear assembly Source.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "source_id": "SourceId",
        "source_name": "SourceName",
        "code": "Code",
        "category": "Category",
        "message": "Message",
        "last_modified_time": "LastModifiedTime",
    }
    """Attribute name -> wire name, for every field."""

    source_id: str | None = None
    """ID of the Source that raised the alert.

    Wire name: ``SourceId``.
    """

    source_name: str | None = None
    """Name of the Source that raised the alert.

    Wire name: ``SourceName``.
    """

    code: int | None = None
    """Numeric alert event code, for example 20012.

    Wire name: ``Code``.
    """

    category: str | None = None
    """Alert category, for example PLAYBACK_WARNING.

    Wire name: ``Category``.
    """

    message: str | None = None
    """Alert message text, for example the failing URL and HTTP status.

    Wire name: ``Message``.
    """

    last_modified_time: int | None = None
    """Time of the latest update of the alert, as a Unix timestamp.

    Wire name: ``LastModifiedTime``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SourceAlert:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "SourceId",
        "SourceName",
        "Code",
        "Category",
        "Message",
        "LastModifiedTime",
    }
)


def _structure(data: Any) -> SourceAlert:
    """Decode one ``SourceAlert`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SourceAlert)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SourceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceId", "a string", v)
    o.source_id = v
    v = get("SourceName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceName", "a string", v)
    o.source_name = v
    v = get("Code")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Code", "an integer", v)
    o.code = v
    v = get("Category")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Category", "a string", v)
    o.category = v
    v = get("Message")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Message", "a string", v)
    o.message = v
    v = get("LastModifiedTime")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("LastModifiedTime", "an integer", v)
    o.last_modified_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: SourceAlert) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.source_id
    if v is not None:
        d["SourceId"] = v
    v = o.source_name
    if v is not None:
        d["SourceName"] = v
    v = o.code
    if v is not None:
        d["Code"] = v
    v = o.category
    if v is not None:
        d["Category"] = v
    v = o.message
    if v is not None:
        d["Message"] = v
    v = o.last_modified_time
    if v is not None:
        d["LastModifiedTime"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
