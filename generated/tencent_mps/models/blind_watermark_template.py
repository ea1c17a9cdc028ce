# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``BlindWatermarkTemplate``."""

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
class BlindWatermarkTemplate(Model):
    """Details of a digital (blind) watermark template."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "type": "Type",
        "name": "Name",
        "text_content": "TextContent",
        "comment": "Comment",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
        "strength": "Strength",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "str",
        "str",
        "str",
        "datetime",
        "datetime",
        "str",
    )

    definition: int | None = None
    """Unique ID of the digital watermark template.

    Wire name: ``Definition``.
    """

    type: str | None = None
    """Kind of digital watermark.

    Known values (:class:`tencent_mps.enums.BlindWatermarkTemplateType`); others may appear:
    ``blind-basic``: basic copyright digital watermark
    ``blind-nagra``: NAGRA forensic watermark

    Wire name: ``Type``.
    """

    name: str | None = None
    """Name of the digital watermark template.

    Wire name: ``Name``.
    """

    text_content: str | None = None
    """Text embedded by the watermark, at most 64 characters.

    Wire name: ``TextContent``.
    """

    comment: str | None = None
    """Description of the digital watermark template.

    Wire name: ``Comment``.
    """

    create_time: datetime | None = None
    """Time the template was created, in ISO 8601 format.

    Wire name: ``CreateTime``.
    """

    update_time: datetime | None = None
    """Time the template was last modified, in ISO 8601 format.

    Wire name: ``UpdateTime``.
    """

    strength: str | None = None
    """Watermark strength: default balances picture quality and robustness, stronger keeps a
    clear picture with higher robustness, strongest gives average quality with the highest
    robustness.

    Wire name: ``Strength``.
    """


_KNOWN = frozenset(BlindWatermarkTemplate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> BlindWatermarkTemplate:
    """Decode one ``BlindWatermarkTemplate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(BlindWatermarkTemplate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
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
    v = get("TextContent")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TextContent", "a string", v)
    o.text_content = v
    v = get("Comment")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Comment", "a string", v)
    o.comment = v
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
    v = get("Strength")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Strength", "a string", v)
    o.strength = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(BlindWatermarkTemplate, _structure)
