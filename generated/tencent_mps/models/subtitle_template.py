# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SubtitleTemplate`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SubtitleTemplate(Model):
    """Settings for burning (hard-coding) subtitles into the video: subtitle source, font,
    position, background board, outline and shadow styling.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "path": "Path",
        "stream_index": "StreamIndex",
        "subtitle_file_input": "SubtitleFileInput",
        "font_file_input": "FontFileInput",
        "font_type": "FontType",
        "font_size": "FontSize",
        "font_color": "FontColor",
        "font_alpha": "FontAlpha",
        "y_pos": "YPos",
        "board_y": "BoardY",
        "board_width": "BoardWidth",
        "board_height": "BoardHeight",
        "board_color": "BoardColor",
        "board_alpha": "BoardAlpha",
        "outline_width": "OutlineWidth",
        "outline_color": "OutlineColor",
        "outline_alpha": "OutlineAlpha",
        "shadow_width": "ShadowWidth",
        "shadow_color": "ShadowColor",
        "shadow_alpha": "ShadowAlpha",
        "line_spacing": "LineSpacing",
        "alignment": "Alignment",
        "board_width_unit": "BoardWidthUnit",
        "board_height_unit": "BoardHeightUnit",
        "outline_width_unit": "OutlineWidthUnit",
        "shadow_width_unit": "ShadowWidthUnit",
        "line_spacing_unit": "LineSpacingUnit",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "MediaInputInfo",
        "MediaInputInfo",
        "str",
        "str",
        "str",
        "float",
        "str",
        "str",
        "int",
        "int",
        "str",
        "float",
        "float",
        "str",
        "float",
        "float",
        "str",
        "float",
        "int",
        "str",
        "int",
        "int",
        "int",
        "int",
        "int",
    )

    path: str | None = None
    """URL of the subtitle file to burn into the video. May be null.

    Wire name: ``Path``.
    """

    stream_index: int | None = None
    """Index of the subtitle track in the source to burn in, starting from 0, and it must match
    the source track index (e.g. 3 for stream#0:3). Path takes priority; at least one of
    Path and StreamIndex is required. May be null.

    Wire name: ``StreamIndex``.
    """

    subtitle_file_input: models.MediaInputInfo | None = None
    """Input information of the subtitle file to burn in; currently only files stored in COS
    are supported. May be null.

    Wire name: ``SubtitleFileInput``.
    """

    font_file_input: models.MediaInputInfo | None = None
    """Input information of a custom font file for the burned-in subtitles; URL and COS are
    supported, URL wins if both are set, and this field takes priority over FontType.

    Wire name: ``FontFileInput``.
    """

    font_type: str | None = None
    """Built-in font to use. Default: hei.ttf. kai.ttf is recommended for Kai style; ignored if
    FontFileInput is set. May be null.

    Known values (:class:`tencent_mps.enums.SubtitleTemplateFontType`); others may appear:
    ``hei.ttf``: Hei (default)
    ``song.ttf``: Song
    ``kai.ttf``: Kai (recommended for Kai style)
    ``simkai.ttf``: Kai
    ``msyh.ttf``: Microsoft YaHei
    ``msyhbd.ttf``: Microsoft YaHei Bold
    ``hkjgt.ttf``: Huakang Jingang
    ``dhttx.ttf``: Dian Hei Extra Thin
    ``xqgdzt.ttf``: Xique ancient dictionary style
    ``qpcyt.ttf``: Qiaopin super round
    ``arial.ttf``: Arial (English only)
    ``dinalternate.ttf``: DIN Alternate Bold
    ``helveticalt.ttf``: Helvetica
    ``helveticains.ttf``: Helvetica Inserat
    ``trajanpro.ttf``: TrajanPro-Bold
    ``korean.ttf``: Korean
    ``japanese.ttf``: Japanese
    ``thai.ttf``: Thai
    ``roboto.ttf``: Roboto
    ``notosans.ttf``: NotoSans
    ``notosansthai.ttf``: NotoSansThai (Thai)
    ``sarabun.ttf``: Sarabun (Thai)
    ``kanit.ttf``: Kanit (Thai)
    ``charmonman.ttf``: Charmonman (Thai)
    ``notonaskharabic.ttf``: NotoNaskhArabic (Arabic)
    ``notosansdevanagari.ttf``: NotoSansDevanagari (Indic)
    ``notosanstc.ttf``: NotoSansTC (Cantonese / Traditional Chinese)
    ``notosanskr.ttf``: NotoSansKR (Korean)
    ``gothica1.ttf``: GothicA1 (Korean)
    ``nanummyeongjo.ttf``: NanumMyeongjo (Korean)
    ``notosansjp.ttf``: NotoSansJP (Japanese)
    ``notoserifjp.ttf``: NotoSerifJP (Japanese)
    ``shipporimincho.ttf``: ShipporiMincho (Japanese)

    Wire name: ``FontType``.
    """

    font_size: str | None = None
    """Font size, as Npx with N in (0, 4096] or N% of source video height with N in (0, 100].
    If unset, the subtitle file's size is used, falling back to 5% of the video height. May
    be null.

    Wire name: ``FontSize``.
    """

    font_color: str | None = None
    """Font color in 0xRRGGBB format. Default: 0xFFFFFF (white). May be null.

    Wire name: ``FontColor``.
    """

    font_alpha: float | None = None
    """Text opacity in the range (0, 1], where 1 is fully opaque (0 would be fully
    transparent). Default: 1. May be null.

    Wire name: ``FontAlpha``.
    """

    y_pos: str | None = None
    """Vertical position of the subtitle, overriding coordinates in the subtitle file; Npx with
    N in [0, 4096] or N% of video height with N in [0, 100]. Measured from the bottom center
    of the video to the bottom center of the subtitle. Default: 4% of video height. May be
    null.

    Wire name: ``YPos``.
    """

    board_y: str | None = None
    """Vertical position of the subtitle background board, as Npx with N in [0, 4096] or N% of
    video height with N in [0, 100], measured from the bottom center of the video. If unset,
    no background board is drawn. May be null.

    Wire name: ``BoardY``.
    """

    board_width: int | None = None
    """Width of the background board, a positive integer: pixels in [0, 4096] or percent in [0,
    100] depending on BoardWidthUnit. Defaults to 90% of the video width when the board is
    enabled. May be null.

    Wire name: ``BoardWidth``.
    """

    board_height: int | None = None
    """Height of the background board, a positive integer: pixels in [0, 4096] or percent in
    [0, 100] depending on BoardHeightUnit. Defaults to 15% of the video height when the
    board is enabled. May be null.

    Wire name: ``BoardHeight``.
    """

    board_color: str | None = None
    """Color of the background board in 0xRRGGBB format. Default: 0x000000 (black). May be
    null.

    Wire name: ``BoardColor``.
    """

    board_alpha: float | None = None
    """Opacity of the background board in the range [0, 1], where 0 is fully transparent and 1
    fully opaque. Default: 0.8. May be null.

    Wire name: ``BoardAlpha``.
    """

    outline_width: float | None = None
    """Width of the text outline: pixels in [0, 1000] or percent in [0, 100] depending on
    OutlineWidthUnit. Defaults to 0.3% of the video height.

    Wire name: ``OutlineWidth``.
    """

    outline_color: str | None = None
    """Color of the text outline as a 6-digit hex RGB value. Default: black.

    Wire name: ``OutlineColor``.
    """

    outline_alpha: float | None = None
    """Opacity of the text outline in the range (0, 1]. Default: 1 (fully opaque).

    Wire name: ``OutlineAlpha``.
    """

    shadow_width: float | None = None
    """Width of the text shadow: pixels in [0, 1000] or percent in [0, 100] depending on
    ShadowWidthUnit. No shadow if unset.

    Wire name: ``ShadowWidth``.
    """

    shadow_color: str | None = None
    """Color of the text shadow as a 6-digit hex RGB value. Default: black (when a shadow is
    set).

    Wire name: ``ShadowColor``.
    """

    shadow_alpha: float | None = None
    """Opacity of the text shadow in the range (0, 1]. Default: 1, fully opaque (when a shadow
    is set).

    Wire name: ``ShadowAlpha``.
    """

    line_spacing: int | None = None
    """Spacing between subtitle lines, a positive integer: pixels in [0, 1000] or percent in
    [0, 100] depending on LineSpacingUnit. Default: 0.

    Wire name: ``LineSpacing``.
    """

    alignment: str | None = None
    """Vertical alignment of multi-line subtitles. Default: bottom.

    Known values (:class:`tencent_mps.enums.SubtitleTemplateAlignment`); others may appear:
    ``top``: Top edge stays fixed at the position; the bottom moves with the number of lines
    ``bottom``: Bottom edge stays fixed at the position; the top moves with the number of lines

    Wire name: ``Alignment``.
    """

    board_width_unit: int | None = None
    """Unit of BoardWidth; when 1, BoardWidth is a percentage of the video width. Default: 0.

    Known values; others may appear:
    ``0``: Absolute pixel value (default)
    ``1``: Percentage

    Wire name: ``BoardWidthUnit``.
    """

    board_height_unit: int | None = None
    """Unit of BoardHeight; when 1, BoardHeight is a percentage of the video height. Default:
    0.

    Known values; others may appear:
    ``0``: Absolute pixel value (default)
    ``1``: Percentage

    Wire name: ``BoardHeightUnit``.
    """

    outline_width_unit: int | None = None
    """Unit of OutlineWidth; when 1, OutlineWidth is a percentage of the video height. Default:
    0.

    Known values; others may appear:
    ``0``: Absolute pixel value (default)
    ``1``: Percentage

    Wire name: ``OutlineWidthUnit``.
    """

    shadow_width_unit: int | None = None
    """Unit of ShadowWidth; when 1, ShadowWidth is a percentage of the video height. Default:
    0.

    Known values; others may appear:
    ``0``: Absolute pixel value (default)
    ``1``: Percentage

    Wire name: ``ShadowWidthUnit``.
    """

    line_spacing_unit: int | None = None
    """Unit of LineSpacing; when 1, LineSpacing is a percentage of the video height. Default:
    0.

    Known values; others may appear:
    ``0``: Absolute pixel value (default)
    ``1``: Percentage

    Wire name: ``LineSpacingUnit``.
    """


_KNOWN = frozenset(SubtitleTemplate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SubtitleTemplate:
    """Decode one ``SubtitleTemplate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SubtitleTemplate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Path")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Path", "a string", v)
    o.path = v
    v = get("StreamIndex")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("StreamIndex", "an integer", v)
    o.stream_index = v
    v = get("SubtitleFileInput")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("SubtitleFileInput") from None
    o.subtitle_file_input = v
    v = get("FontFileInput")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("FontFileInput") from None
    o.font_file_input = v
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
    v = get("YPos")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("YPos", "a string", v)
    o.y_pos = v
    v = get("BoardY")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("BoardY", "a string", v)
    o.board_y = v
    v = get("BoardWidth")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("BoardWidth", "an integer", v)
    o.board_width = v
    v = get("BoardHeight")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("BoardHeight", "an integer", v)
    o.board_height = v
    v = get("BoardColor")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("BoardColor", "a string", v)
    o.board_color = v
    v = get("BoardAlpha")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("BoardAlpha", v)
    o.board_alpha = v
    v = get("OutlineWidth")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("OutlineWidth", v)
    o.outline_width = v
    v = get("OutlineColor")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutlineColor", "a string", v)
    o.outline_color = v
    v = get("OutlineAlpha")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("OutlineAlpha", v)
    o.outline_alpha = v
    v = get("ShadowWidth")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("ShadowWidth", v)
    o.shadow_width = v
    v = get("ShadowColor")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ShadowColor", "a string", v)
    o.shadow_color = v
    v = get("ShadowAlpha")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("ShadowAlpha", v)
    o.shadow_alpha = v
    v = get("LineSpacing")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("LineSpacing", "an integer", v)
    o.line_spacing = v
    v = get("Alignment")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Alignment", "a string", v)
    o.alignment = v
    v = get("BoardWidthUnit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("BoardWidthUnit", "an integer", v)
    o.board_width_unit = v
    v = get("BoardHeightUnit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("BoardHeightUnit", "an integer", v)
    o.board_height_unit = v
    v = get("OutlineWidthUnit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("OutlineWidthUnit", "an integer", v)
    o.outline_width_unit = v
    v = get("ShadowWidthUnit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ShadowWidthUnit", "an integer", v)
    o.shadow_width_unit = v
    v = get("LineSpacingUnit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("LineSpacingUnit", "an integer", v)
    o.line_spacing_unit = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SubtitleTemplate, _structure)
