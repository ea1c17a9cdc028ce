# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeWatermarkTemplatesRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeWatermarkTemplatesRequest(Model):
    """Request of DescribeWatermarkTemplates: filters and paging for listing watermark templates."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definitions": "Definitions",
        "type": "Type",
        "offset": "Offset",
        "limit": "Limit",
        "name": "Name",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[int",
        "str",
        "int",
        "int",
        "str",
    )

    definitions: list[int] | None = None
    """Filter by unique watermark template IDs; at most 100 entries.

    Wire name: ``Definitions``.
    """

    type: str | None = None
    """Filter by watermark type: image or text.

    Known values (:class:`tencent_mps.enums.DescribeWatermarkTemplatesRequestType`); others may appear:
    ``image``: image watermark
    ``text``: text watermark

    Wire name: ``Type``.
    """

    offset: int | None = None
    """Paging offset. Defaults to 0.

    Wire name: ``Offset``.
    """

    limit: int | None = None
    """Number of records to return. Defaults to 10; maximum 100.

    Wire name: ``Limit``.
    """

    name: str | None = None
    """Filter by watermark template name; up to 64 characters.

    Wire name: ``Name``.
    """


_KNOWN = frozenset(DescribeWatermarkTemplatesRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeWatermarkTemplatesRequest:
    """Decode one ``DescribeWatermarkTemplatesRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeWatermarkTemplatesRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definitions")
    if v is not None:
        n += 1
        v = _d.int_list("Definitions", v)
    o.definitions = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
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


bind(DescribeWatermarkTemplatesRequest, _structure)
