# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SourceAlert``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SourceAlert(Model):
    """One alert record raised for a linear assembly Source."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "source_id": "SourceId",
        "source_name": "SourceName",
        "code": "Code",
        "category": "Category",
        "message": "Message",
        "last_modified_time": "LastModifiedTime",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "int",
        "str",
        "str",
        "int",
    )

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


_KNOWN = frozenset(SourceAlert.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SourceAlert:
    """Decode one ``SourceAlert`` wire object: the straight-line decoder of this model."""
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


bind(SourceAlert, _structure)
