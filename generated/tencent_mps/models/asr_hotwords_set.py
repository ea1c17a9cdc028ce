# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AsrHotwordsSet``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AsrHotwordsSet(Model):
    """Summary of a hotword library used by smart subtitles."""

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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "str",
        "int",
        "str",
        "datetime",
        "datetime",
        "int",
    )

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

    create_time: datetime | None = None
    """Creation time of the library in ISO UTC format, such as 2006-01-02T15:04:05Z. May be
    null if unavailable.

    Wire name: ``CreateTime``.
    """

    update_time: datetime | None = None
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


_KNOWN = frozenset(AsrHotwordsSet.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AsrHotwordsSet:
    """Decode one ``AsrHotwordsSet`` wire object: the straight-line decoder of this model."""
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
        v = _t.decode("CreateTime", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        v = _t.decode("UpdateTime", v)
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


bind(AsrHotwordsSet, _structure)
