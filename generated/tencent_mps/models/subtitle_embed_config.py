# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SubtitleEmbedConfig`` (sent in requests)."""

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
class SubtitleEmbedConfig(Model):
    """Subtitle burn-in settings: font, size, color, position and the background, layout, outline
    and shadow styles.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "font_type": "FontType",
        "font_path": "FontPath",
        "cos_input_info": "CosInputInfo",
        "font_size": "FontSize",
        "font_size_unit": "FontSizeUnit",
        "font_color": "FontColor",
        "font_alpha": "FontAlpha",
        "pos_x": "PosX",
        "pos_x_unit": "PosXUnit",
        "pos_y": "PosY",
        "pos_y_unit": "PosYUnit",
        "subtitle_board_config": "SubtitleBoardConfig",
        "subtitle_layout_config": "SubtitleLayoutConfig",
        "subtitle_outline_config": "SubtitleOutlineConfig",
        "subtitle_shadow_config": "SubtitleShadowConfig",
        "sample_width": "SampleWidth",
        "sample_height": "SampleHeight",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "CosInputInfo",
        "int",
        "int",
        "str",
        "float",
        "int",
        "int",
        "int",
        "int",
        "SubtitleBoardConfig",
        "SubtitleLayoutConfig",
        "SubtitleOutlineConfig",
        "SubtitleShadowConfig",
        "int",
        "int",
    )

    font_type: str | None = None
    """Built-in font used for the subtitles. Defaults to hei.ttf; kai.ttf is recommended for
    Kaiti, and FontPath takes precedence when set.

    Known values (:class:`tencent_mps.enums.SubtitleTemplateFontType`); others may appear:
    ``hei.ttf``: heiti (default)
    ``song.ttf``: songti
    ``kai.ttf``: kaiti (recommended for kaiti)
    ``simkai.ttf``: kaiti
    ``msyh.ttf``: microsoft yahei
    ``msyhbd.ttf``: microsoft yahei bold
    ``hkjgt.ttf``: huakang jingang display font
    ``dhttx.ttf``: dian heiti extra light
    ``xqgdzt.ttf``: xique ancient dictionary style font
    ``qpcyt.ttf``: qiaopin extra round font
    ``arial.ttf``: arial, english only
    ``dinalternate.ttf``: din alternate bold
    ``helveticalt.ttf``: helvetica
    ``helveticains.ttf``: helvetica inserat
    ``trajanpro.ttf``: trajan pro bold
    ``korean.ttf``: korean font
    ``japanese.ttf``: japanese font
    ``thai.ttf``: thai font
    ``roboto.ttf``: roboto
    ``notosans.ttf``: noto sans
    ``notosansthai.ttf``: noto sans thai (thai)
    ``sarabun.ttf``: sarabun (thai)
    ``kanit.ttf``: kanit (thai)
    ``charmonman.ttf``: charmonman (thai)
    ``notonaskharabic.ttf``: noto naskh arabic (arabic)
    ``notosansdevanagari.ttf``: noto sans devanagari (indian languages)
    ``notosanstc.ttf``: noto sans tc / source han sans (cantonese)
    ``notosanskr.ttf``: noto sans kr (korean)
    ``gothica1.ttf``: gothic a1 (korean)
    ``nanummyeongjo.ttf``: nanum myeongjo (korean)
    ``notosansjp.ttf``: noto sans jp (japanese)
    ``notoserifjp.ttf``: noto serif jp (japanese)
    ``shipporimincho.ttf``: shippori mincho (japanese)

    Wire name: ``FontType``.
    """

    font_path: str | None = None
    """URL of a custom font file; use either this or CosInputInfo.

    Wire name: ``FontPath``.
    """

    cos_input_info: models.CosInputInfo | None = None
    """COS location of a custom font file.

    Wire name: ``CosInputInfo``.
    """

    font_size: int | None = None
    """Font size, in pixels (0, 4096] or percent of the source height (0, 100] as set by
    FontSizeUnit. When unset, the subtitle file's size is used, or 5% of the source height
    if the file has none.

    Wire name: ``FontSize``.
    """

    font_size_unit: int | None = None
    """Unit of FontSize: 0 pixels, 1 percent. Defaults to 0.

    Wire name: ``FontSizeUnit``.
    """

    font_color: str | None = None
    """Font color in 0xRRGGBB format. Defaults to 0xFFFFFF (white).

    Wire name: ``FontColor``.
    """

    font_alpha: float | None = None
    """Text opacity in the range (0, 1], where 1 is fully opaque. Defaults to 1.

    Wire name: ``FontAlpha``.
    """

    pos_x: int | None = None
    """X position of the subtitles, in pixels [-4096, 4096] or percent of the source width
    [-100, 100] as set by PosXUnit; overrides positions in the subtitle file. Defaults to 0
    px. The origin is the bottom of the source video's vertical center line, and subtitles
    are anchored at the bottom of their own center line.

    Wire name: ``PosX``.
    """

    pos_x_unit: int | None = None
    """Unit of PosX: 0 pixels, 1 percent. Defaults to 0.

    Wire name: ``PosXUnit``.
    """

    pos_y: int | None = None
    """Y position of the subtitles, in pixels [0, 4096] or percent of the source height [0,
    100] as set by PosYUnit; overrides positions in the subtitle file. Defaults to 4% of the
    source height. The origin is the bottom of the source video's vertical center line.

    Wire name: ``PosY``.
    """

    pos_y_unit: int | None = None
    """Unit of PosY: 0 pixels, 1 percent. Defaults to 0.

    Wire name: ``PosYUnit``.
    """

    subtitle_board_config: models.SubtitleBoardConfig | None = None
    """Background board settings.

    Wire name: ``SubtitleBoardConfig``.
    """

    subtitle_layout_config: models.SubtitleLayoutConfig | None = None
    """Line layout settings of the subtitles.

    Wire name: ``SubtitleLayoutConfig``.
    """

    subtitle_outline_config: models.SubtitleOutlineConfig | None = None
    """Text outline settings.

    Wire name: ``SubtitleOutlineConfig``.
    """

    subtitle_shadow_config: models.SubtitleShadowConfig | None = None
    """Text shadow settings.

    Wire name: ``SubtitleShadowConfig``.
    """

    sample_width: int | None = None
    """Width of the source video, in pixels.

    Unit: px.

    Wire name: ``SampleWidth``.
    """

    sample_height: int | None = None
    """Height of the source video, in pixels.

    Unit: px.

    Wire name: ``SampleHeight``.
    """


_KNOWN = frozenset(SubtitleEmbedConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SubtitleEmbedConfig:
    """Decode one ``SubtitleEmbedConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SubtitleEmbedConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FontType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FontType", "a string", v)
    o.font_type = v
    v = get("FontPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FontPath", "a string", v)
    o.font_path = v
    v = get("CosInputInfo")
    if v is not None:
        n += 1
        try:
            v = _S["CosInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("CosInputInfo") from None
    o.cos_input_info = v
    v = get("FontSize")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("FontSize", "an integer", v)
    o.font_size = v
    v = get("FontSizeUnit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("FontSizeUnit", "an integer", v)
    o.font_size_unit = v
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
    v = get("PosX")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("PosX", "an integer", v)
    o.pos_x = v
    v = get("PosXUnit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("PosXUnit", "an integer", v)
    o.pos_x_unit = v
    v = get("PosY")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("PosY", "an integer", v)
    o.pos_y = v
    v = get("PosYUnit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("PosYUnit", "an integer", v)
    o.pos_y_unit = v
    v = get("SubtitleBoardConfig")
    if v is not None:
        n += 1
        try:
            v = _S["SubtitleBoardConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("SubtitleBoardConfig") from None
    o.subtitle_board_config = v
    v = get("SubtitleLayoutConfig")
    if v is not None:
        n += 1
        try:
            v = _S["SubtitleLayoutConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("SubtitleLayoutConfig") from None
    o.subtitle_layout_config = v
    v = get("SubtitleOutlineConfig")
    if v is not None:
        n += 1
        try:
            v = _S["SubtitleOutlineConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("SubtitleOutlineConfig") from None
    o.subtitle_outline_config = v
    v = get("SubtitleShadowConfig")
    if v is not None:
        n += 1
        try:
            v = _S["SubtitleShadowConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("SubtitleShadowConfig") from None
    o.subtitle_shadow_config = v
    v = get("SampleWidth")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SampleWidth", "an integer", v)
    o.sample_width = v
    v = get("SampleHeight")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SampleHeight", "an integer", v)
    o.sample_height = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SubtitleEmbedConfig, _structure)
