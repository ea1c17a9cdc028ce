# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyBlindWatermarkTemplateRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ModifyBlindWatermarkTemplateRequest(Model):
    """Request of ModifyBlindWatermarkTemplate: the template ID and the digital watermark settings
    to change.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "name": "Name",
        "comment": "Comment",
        "text_content": "TextContent",
        "strength": "Strength",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "str",
        "str",
        "str",
        "str",
    )

    definition: int | None = None
    """Unique ID of the digital watermark template to modify. Required.

    Required in requests.

    Wire name: ``Definition``.
    """

    name: str | None = None
    """New template name of up to 64 characters; letters (including Chinese), digits, _, - and
    . are allowed.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Template description; up to 256 characters.

    Wire name: ``Comment``.
    """

    text_content: str | None = None
    """Text embedded as the digital watermark, up to 64 characters. Cannot be changed for
    templates of the NAGRA watermark type.

    Wire name: ``TextContent``.
    """

    strength: str | None = None
    """Watermark strength: default balances HD quality and robustness, stronger keeps the
    picture clear with higher robustness, strongest gives average quality with the highest
    robustness.

    Wire name: ``Strength``.
    """


_KNOWN = frozenset(ModifyBlindWatermarkTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyBlindWatermarkTemplateRequest:
    """Decode one ``ModifyBlindWatermarkTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyBlindWatermarkTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Comment")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Comment", "a string", v)
    o.comment = v
    v = get("TextContent")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TextContent", "a string", v)
    o.text_content = v
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


bind(ModifyBlindWatermarkTemplateRequest, _structure)
