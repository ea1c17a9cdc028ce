# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeSubtitleStyle``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeSubtitleStyle:
    """Appearance of subtitles in a composition task: font, size, color, alignment and border.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ComposeSubtitleStyle:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Height",
        "MarginBottom",
        "FontType",
        "FontSize",
        "FontBold",
        "FontItalic",
        "FontColor",
        "FontAlign",
        "FontAlignMargin",
        "BorderWidth",
        "BorderColor",
        "BottomColor",
    }
)


def _structure(data: Any) -> ComposeSubtitleStyle:
    """Decode one ``ComposeSubtitleStyle`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ComposeSubtitleStyle) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.height
    if v is not None:
        d["Height"] = v
    v = o.margin_bottom
    if v is not None:
        d["MarginBottom"] = v
    v = o.font_type
    if v is not None:
        d["FontType"] = v
    v = o.font_size
    if v is not None:
        d["FontSize"] = v
    v = o.font_bold
    if v is not None:
        d["FontBold"] = v
    v = o.font_italic
    if v is not None:
        d["FontItalic"] = v
    v = o.font_color
    if v is not None:
        d["FontColor"] = v
    v = o.font_align
    if v is not None:
        d["FontAlign"] = v
    v = o.font_align_margin
    if v is not None:
        d["FontAlignMargin"] = v
    v = o.border_width
    if v is not None:
        d["BorderWidth"] = v
    v = o.border_color
    if v is not None:
        d["BorderColor"] = v
    v = o.bottom_color
    if v is not None:
        d["BottomColor"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ComposeSubtitleStyle`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ComposeSubtitleStyle:
        o = _e.as_model(o, ComposeSubtitleStyle)
    d: dict[str, Any] = {}
    v: Any
    v = o.height
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Height", v)
        d["Height"] = v
    v = o.margin_bottom
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("MarginBottom", v)
        d["MarginBottom"] = v
    v = o.font_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("FontType", v)
        d["FontType"] = v
    v = o.font_size
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("FontSize", v)
        d["FontSize"] = v
    v = o.font_bold
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("FontBold", v)
        d["FontBold"] = v
    v = o.font_italic
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("FontItalic", v)
        d["FontItalic"] = v
    v = o.font_color
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("FontColor", v)
        d["FontColor"] = v
    v = o.font_align
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("FontAlign", v)
        d["FontAlign"] = v
    v = o.font_align_margin
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("FontAlignMargin", v)
        d["FontAlignMargin"] = v
    v = o.border_width
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("BorderWidth", v)
        d["BorderWidth"] = v
    v = o.border_color
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("BorderColor", v)
        d["BorderColor"] = v
    v = o.bottom_color
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("BottomColor", v)
        d["BottomColor"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
