# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyAsrHotwordsRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ModifyAsrHotwordsRequest(Model):
    """Request of ModifyAsrHotwords: the library to change and its new name, text or file."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "hotwords_id": "HotwordsId",
        "name": "Name",
        "content": "Content",
        "file_content": "FileContent",
        "file_name": "FileName",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
        "str",
        "str",
        "str",
    )

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


_KNOWN = frozenset(ModifyAsrHotwordsRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyAsrHotwordsRequest:
    """Decode one ``ModifyAsrHotwordsRequest`` wire object: the straight-line decoder of this model."""
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


bind(ModifyAsrHotwordsRequest, _structure)
