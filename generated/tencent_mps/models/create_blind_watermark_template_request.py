# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateBlindWatermarkTemplateRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateBlindWatermarkTemplateRequest(Model):
    """Request of CreateBlindWatermarkTemplate: type, text and strength of the new digital
    watermark template.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "text_content": "TextContent",
        "name": "Name",
        "comment": "Comment",
        "strength": "Strength",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str",
        "str",
        "str",
    )

    type: str | None = None
    """Kind of digital watermark.

    Known values (:class:`tencent_mps.enums.BlindWatermarkTemplateType`); others may appear:
    ``blind-basic``: basic copyright digital watermark
    ``blind-nagra``: NAGRA watermark

    Required in requests.

    Wire name: ``Type``.
    """

    text_content: str | None = None
    """Watermark text, at most 64 characters. For NAGRA templates the text cannot be changed
    after creation.

    Required in requests.

    Wire name: ``TextContent``.
    """

    name: str | None = None
    """Template name of up to 64 characters; letters (including Chinese), digits, _, - and .
    are allowed.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Template description, at most 256 characters.

    Wire name: ``Comment``.
    """

    strength: str | None = None
    """Watermark strength, trading picture quality against robustness.

    Known values (:class:`tencent_mps.enums.CreateBlindWatermarkTemplateRequestStrength`); others may appear:
    ``default``: balance between picture quality and robustness
    ``stronger``: clear picture, higher robustness
    ``strongest``: average picture quality, highest robustness

    Wire name: ``Strength``.
    """


_KNOWN = frozenset(CreateBlindWatermarkTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateBlindWatermarkTemplateRequest:
    """Decode one ``CreateBlindWatermarkTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateBlindWatermarkTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("TextContent")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TextContent", "a string", v)
    o.text_content = v
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


bind(CreateBlindWatermarkTemplateRequest, _structure)
