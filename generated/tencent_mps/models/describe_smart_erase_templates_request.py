# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeSmartEraseTemplatesRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeSmartEraseTemplatesRequest(Model):
    """Request of DescribeSmartEraseTemplates: filters by ID, type, erase type and name, with
    paging.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definitions": "Definitions",
        "offset": "Offset",
        "limit": "Limit",
        "type": "Type",
        "erase_type": "EraseType",
        "name": "Name",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[int",
        "int",
        "int",
        "str",
        "str",
        "str",
    )

    definitions: list[int] | None = None
    """Template IDs to match; at most 100 entries.

    Wire name: ``Definitions``.
    """

    offset: int | None = None
    """Paging offset. Defaults to 0.

    Wire name: ``Offset``.
    """

    limit: int | None = None
    """Number of records to return. Defaults to 10, at most 100.

    Wire name: ``Limit``.
    """

    type: str | None = None
    """Filter by template type; all types are returned when omitted.

    Known values (:class:`tencent_mps.enums.AIAnalysisTemplateItemType`); others may appear:
    ``Preset``: system preset templates
    ``Custom``: user-defined templates

    Wire name: ``Type``.
    """

    erase_type: str | None = None
    """Filter by what the template erases.

    Known values (:class:`tencent_mps.enums.OverrideEraseParameterEraseType`); others may appear:
    ``subtitle``: subtitle removal
    ``watermark``: watermark removal
    ``privacy``: privacy protection

    Wire name: ``EraseType``.
    """

    name: str | None = None
    """Filter by template name, at most 64 characters.

    Wire name: ``Name``.
    """


_KNOWN = frozenset(DescribeSmartEraseTemplatesRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeSmartEraseTemplatesRequest:
    """Decode one ``DescribeSmartEraseTemplatesRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeSmartEraseTemplatesRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definitions")
    if v is not None:
        n += 1
        v = _d.int_list("Definitions", v)
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
    v = get("EraseType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EraseType", "a string", v)
    o.erase_type = v
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


bind(DescribeSmartEraseTemplatesRequest, _structure)
