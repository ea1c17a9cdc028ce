# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TextWatermarkTemplateInputForUpdate`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TextWatermarkTemplateInputForUpdate(Model):
    """Text watermark settings when modifying a watermark template; every field is optional."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "font_type": "FontType",
        "font_size": "FontSize",
        "font_color": "FontColor",
        "font_alpha": "FontAlpha",
        "text_content": "TextContent",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "float",
        "str",
    )

    font_type: str | None = None
    """Font of the watermark text.

    Known values (:class:`tencent_mps.enums.TextWatermarkTemplateInputFontType`); others may appear:
    ``simkai.ttf``: kaiti, supports chinese and english
    ``arial.ttf``: arial, english only

    Wire name: ``FontType``.
    """

    font_size: str | None = None
    """Font size in the format Npx, with N in [0, 1] or [8, 4096].

    Wire name: ``FontSize``.
    """

    font_color: str | None = None
    """Font color in 0xRRGGBB format. Defaults to 0xFFFFFF (white).

    Wire name: ``FontColor``.
    """

    font_alpha: float | None = None
    """Text opacity in the range (0, 1], where 1 is fully opaque.

    Wire name: ``FontAlpha``.
    """

    text_content: str | None = None
    """Watermark text, up to 100 characters.

    Wire name: ``TextContent``.
    """


_KNOWN = frozenset(TextWatermarkTemplateInputForUpdate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TextWatermarkTemplateInputForUpdate:
    """Decode one ``TextWatermarkTemplateInputForUpdate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TextWatermarkTemplateInputForUpdate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FontType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FontType", "a string", v)
    o.font_type = v
    v = get("FontSize")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FontSize", "a string", v)
    o.font_size = v
    v = get("FontColor")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FontColor", "a string", v)
    o.font_color = v
    v = get("FontAlpha")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("FontAlpha", v)
    o.font_alpha = v
    v = get("TextContent")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TextContent", "a string", v)
    o.text_content = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(TextWatermarkTemplateInputForUpdate, _structure)
