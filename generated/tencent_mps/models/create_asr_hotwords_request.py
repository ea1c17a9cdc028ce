# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateAsrHotwordsRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateAsrHotwordsRequest(Model):
    """Request of CreateAsrHotwords: the name and the words (as text or as a file) of the new
    hotword library.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "name": "Name",
        "content": "Content",
        "file_content": "FileContent",
        "file_name": "FileName",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "str!",
        "str",
        "str",
        "str",
    )

    type: int | None = None
    """Kind of library: 0 for temporary hotwords given as text, 1 for hotwords given as a file.

    Required in requests.

    Wire name: ``Type``.
    """

    name: str | None = None
    """Name of the hotword library.

    Required in requests.

    Wire name: ``Name``.
    """

    content: str | None = None
    """Hotword text; required when Type is 0.

    Wire name: ``Content``.
    """

    file_content: str | None = None
    """Base64 content of the hotword file; required when Type is 1.

    Wire name: ``FileContent``.
    """

    file_name: str | None = None
    """Name of the uploaded hotword file.

    Wire name: ``FileName``.
    """


_KNOWN = frozenset(CreateAsrHotwordsRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateAsrHotwordsRequest:
    """Decode one ``CreateAsrHotwordsRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateAsrHotwordsRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Type", "an integer", v)
    o.type = v
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


bind(CreateAsrHotwordsRequest, _structure)
