# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyAsrHotwordsRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ModifyAsrHotwordsRequest:
    """Request of ModifyAsrHotwords: the library to change and its new name, text or file.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "hotwords_id": "HotwordsId",
        "name": "Name",
        "content": "Content",
        "file_content": "FileContent",
        "file_name": "FileName",
    }
    """Attribute name -> wire name, for every field."""

    hotwords_id: str | None = None
    """ID of the hotword library to modify. For a temporary library give at least one of Name
    and Content; for a file-based library give at least one of Name, FileContent and
    FileName.

    Required in requests.

    Wire name: ``HotwordsId``.
    """

    name: str | None = None
    """New name of the hotword library.

    Wire name: ``Name``.
    """

    content: str | None = None
    """New hotword text, for a temporary library.

    Wire name: ``Content``.
    """

    file_content: str | None = None
    """Base64 content of the new hotword file; required when the library type is 1 (file-
    based).

    Wire name: ``FileContent``.
    """

    file_name: str | None = None
    """Name of the uploaded hotword file.

    Wire name: ``FileName``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModifyAsrHotwordsRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "HotwordsId",
        "Name",
        "Content",
        "FileContent",
        "FileName",
    }
)


def _structure(data: Any) -> ModifyAsrHotwordsRequest:
    """Decode one ``ModifyAsrHotwordsRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyAsrHotwordsRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("HotwordsId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("HotwordsId", "a string", v)
    o.hotwords_id = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Content")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Content", "a string", v)
    o.content = v
    v = get("FileContent")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FileContent", "a string", v)
    o.file_content = v
    v = get("FileName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FileName", "a string", v)
    o.file_name = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ModifyAsrHotwordsRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.hotwords_id
    if v is not None:
        d["HotwordsId"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.content
    if v is not None:
        d["Content"] = v
    v = o.file_content
    if v is not None:
        d["FileContent"] = v
    v = o.file_name
    if v is not None:
        d["FileName"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ModifyAsrHotwordsRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ModifyAsrHotwordsRequest:
        o = _e.as_model(o, ModifyAsrHotwordsRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.hotwords_id
    if v is None:
        raise _e.missing("HotwordsId", "a string")
    if type(v) is not str:
        v = _e.as_str("HotwordsId", v)
    d["HotwordsId"] = v
    v = o.name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Name", v)
        d["Name"] = v
    v = o.content
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Content", v)
        d["Content"] = v
    v = o.file_content
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("FileContent", v)
        d["FileContent"] = v
    v = o.file_name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("FileName", v)
        d["FileName"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
