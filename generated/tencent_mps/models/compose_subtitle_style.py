# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeSubtitleStyle`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeSubtitleStyle(Model):
    """Appearance of subtitles in a composition task: font, size, color, alignment and border."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "height": "Height",
        "margin_bottom": "MarginBottom",
        "font_type": "FontType",
        "font_size": "FontSize",
        "font_bold": "FontBold",
        "font_italic": "FontItalic",
        "font_color": "FontColor",
        "font_align": "FontAlign",
        "font_align_margin": "FontAlignMargin",
        "border_width": "BorderWidth",
        "border_color": "BorderColor",
        "bottom_color": "BottomColor",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "int",
        "int",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
    )

    height: str | None = None
    """Subtitle height, as a percentage of canvas height or in pixels (px). Defaults to the
    FontSize value.

    Wire name: ``Height``.
    """

    margin_bottom: str | None = None
    """Distance of the subtitle from the bottom edge, as a percentage of canvas height or in
    pixels (px). Defaults to 0px.

    Wire name: ``MarginBottom``.
    """

    font_type: str | None = None
    """Font: SimHei (default) or SimSun.

    Known values (:class:`tencent_mps.enums.ComposeSubtitleStyleFontType`); others may appear:
    ``SimHei``: simhei sans-serif font (default)
    ``SimSun``: simsun serif font

    Wire name: ``FontType``.
    """

    font_size: str | None = None
    """Font size, as a percentage of canvas height or in pixels (px). Defaults to 2%.

    Wire name: ``FontSize``.
    """

    font_bold: int | None = None
    """Whether bold text is used (depends on the font): 0 no (default), 1 yes.

    Known values; others may appear:
    ``0``: not bold (default)
    ``1``: bold

    Wire name: ``FontBold``.
    """

    font_italic: int | None = None
    """Whether italic text is used (depends on the font): 0 no (default), 1 yes.

    Known values; others may appear:
    ``0``: not italic (default)
    ``1``: italic

    Wire name: ``FontItalic``.
    """

    font_color: str | None = None
    """Font color in #RRGGBBAA format, where the AA transparency part is optional. Defaults to
    0x000000FF (black).

    Wire name: ``FontColor``.
    """

    font_align: str | None = None
    """Text alignment: Center (default), Left or Right.

    Known values (:class:`tencent_mps.enums.ComposeSubtitleStyleFontAlign`); others may appear:
    ``Center``: centered (default)
    ``Left``: left-aligned
    ``Right``: right-aligned

    Wire name: ``FontAlign``.
    """

    font_align_margin: str | None = None
    """Margin used with alignment: distance from the left edge when FontAlign is Left, from the
    right edge when Right; as a percentage of canvas width or in pixels (px).

    Wire name: ``FontAlignMargin``.
    """

    border_width: str | None = None
    """Width of the font outline, as a percentage of canvas height or in pixels (px). Defaults
    to 0, meaning no outline.

    Wire name: ``BorderWidth``.
    """

    border_color: str | None = None
    """Outline color in the same format as FontColor; applies when BorderWidth is not 0.

    Wire name: ``BorderColor``.
    """

    bottom_color: str | None = None
    """Background color behind the text, in the same format as FontColor. Empty (default) means
    no background.

    Wire name: ``BottomColor``.
    """


_KNOWN = frozenset(ComposeSubtitleStyle.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ComposeSubtitleStyle:
    """Decode one ``ComposeSubtitleStyle`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeSubtitleStyle)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Height")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Height", "a string", v)
    o.height = v
    v = get("MarginBottom")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("MarginBottom", "a string", v)
    o.margin_bottom = v
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
    v = get("FontBold")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("FontBold", "an integer", v)
    o.font_bold = v
    v = get("FontItalic")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("FontItalic", "an integer", v)
    o.font_italic = v
    v = get("FontColor")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FontColor", "a string", v)
    o.font_color = v
    v = get("FontAlign")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FontAlign", "a string", v)
    o.font_align = v
    v = get("FontAlignMargin")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FontAlignMargin", "a string", v)
    o.font_align_margin = v
    v = get("BorderWidth")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("BorderWidth", "a string", v)
    o.border_width = v
    v = get("BorderColor")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("BorderColor", "a string", v)
    o.border_color = v
    v = get("BottomColor")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("BottomColor", "a string", v)
    o.bottom_color = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ComposeSubtitleStyle, _structure)
