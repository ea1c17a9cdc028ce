# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``BlindWatermarkTemplate``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class BlindWatermarkTemplate:
    """Details of a digital (blind) watermark template.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

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
    """Attribute name -> wire name, for every field."""

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

    create_time: str | None = None
    """Time the template was created, in ISO 8601 format.

    Wire name: ``CreateTime``.
    """

    update_time: str | None = None
    """Time the template was last modified, in ISO 8601 format.

    Wire name: ``UpdateTime``.
    """

    strength: str | None = None
    """Watermark strength: default balances picture quality and robustness, stronger keeps a
    clear picture with higher robustness, strongest gives average quality with the highest
    robustness.

    Wire name: ``Strength``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BlindWatermarkTemplate:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Definition",
        "Type",
        "Name",
        "TextContent",
        "Comment",
        "CreateTime",
        "UpdateTime",
        "Strength",
    }
)


def _structure(data: Any) -> BlindWatermarkTemplate:
    """Decode one ``BlindWatermarkTemplate`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not str:
            raise _d.wrong_type("CreateTime", "a string", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UpdateTime", "a string", v)
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


def _unstructure(o: BlindWatermarkTemplate) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is not None:
        d["Definition"] = v
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.text_content
    if v is not None:
        d["TextContent"] = v
    v = o.comment
    if v is not None:
        d["Comment"] = v
    v = o.create_time
    if v is not None:
        d["CreateTime"] = v
    v = o.update_time
    if v is not None:
        d["UpdateTime"] = v
    v = o.strength
    if v is not None:
        d["Strength"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
