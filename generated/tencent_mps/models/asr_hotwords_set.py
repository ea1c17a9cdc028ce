# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AsrHotwordsSet``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AsrHotwordsSet:
    """Summary of a hotword library used by smart subtitles.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "hotwords_id": "HotwordsId",
        "status": "Status",
        "name": "Name",
        "word_count": "WordCount",
        "file_name": "FileName",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
        "type": "Type",
    }
    """Attribute name -> wire name, for every field."""

    hotwords_id: str | None = None
    """Identifier of the hotword library. May be null if unavailable.

    Wire name: ``HotwordsId``.
    """

    status: int | None = None
    """Number of smart subtitle templates that use the library. 0 means it is unused and can be
    deleted; any other value means it cannot be deleted. May be null if unavailable.

    Wire name: ``Status``.
    """

    name: str | None = None
    """Name of the hotword library. May be null if unavailable.

    Wire name: ``Name``.
    """

    word_count: int | None = None
    """Number of hotwords in the library. May be null if unavailable.

    Wire name: ``WordCount``.
    """

    file_name: str | None = None
    """Name of the file uploaded to create the library. May be null if unavailable.

    Wire name: ``FileName``.
    """

    create_time: str | None = None
    """Creation time of the library in ISO UTC format, such as 2006-01-02T15:04:05Z. May be
    null if unavailable.

    Wire name: ``CreateTime``.
    """

    update_time: str | None = None
    """Last update time of the library in ISO UTC format, such as 2006-01-02T15:04:05Z. May be
    null if unavailable.

    Wire name: ``UpdateTime``.
    """

    type: int | None = None
    """Kind of library: 0 for a temporary library, 1 for a file-based library. May be null if
    unavailable.

    Known values; others may appear:
    ``1``: file-based hotword library

    Wire name: ``Type``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AsrHotwordsSet:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "HotwordsId",
        "Status",
        "Name",
        "WordCount",
        "FileName",
        "CreateTime",
        "UpdateTime",
        "Type",
    }
)


def _structure(data: Any) -> AsrHotwordsSet:
    """Decode one ``AsrHotwordsSet`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AsrHotwordsSet)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("HotwordsId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("HotwordsId", "a string", v)
    o.hotwords_id = v
    v = get("Status")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Status", "an integer", v)
    o.status = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("WordCount")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("WordCount", "an integer", v)
    o.word_count = v
    v = get("FileName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FileName", "a string", v)
    o.file_name = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CreateTime", "a string", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UpdateTime", "a string", v)
    o.update_time = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Type", "an integer", v)
    o.type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AsrHotwordsSet) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.hotwords_id
    if v is not None:
        d["HotwordsId"] = v
    v = o.status
    if v is not None:
        d["Status"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.word_count
    if v is not None:
        d["WordCount"] = v
    v = o.file_name
    if v is not None:
        d["FileName"] = v
    v = o.create_time
    if v is not None:
        d["CreateTime"] = v
    v = o.update_time
    if v is not None:
        d["UpdateTime"] = v
    v = o.type
    if v is not None:
        d["Type"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
