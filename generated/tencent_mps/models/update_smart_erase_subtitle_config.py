# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``UpdateSmartEraseSubtitleConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class UpdateSmartEraseSubtitleConfig(Model):
    """Subtitle erasing settings used when updating a smart erase template."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "subtitle_erase_method": "SubtitleEraseMethod",
        "subtitle_model": "SubtitleModel",
        "ocr_switch": "OcrSwitch",
        "subtitle_lang": "SubtitleLang",
        "subtitle_format": "SubtitleFormat",
        "trans_switch": "TransSwitch",
        "trans_dst_lang": "TransDstLang",
        "auto_areas": "AutoAreas",
        "custom_areas": "CustomAreas",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "[EraseArea",
        "[EraseTimeArea",
    )

    subtitle_erase_method: str | None = None
    """How subtitles are erased. auto detects subtitle text with an AI model (the lower-middle
    part of the frame by default, or the AutoAreas if given); custom erases fixed regions
    listed in CustomAreas, at least one of which is required.

    Known values (:class:`tencent_mps.enums.SmartEraseSubtitleConfigSubtitleEraseMethod`); others may appear:
    ``auto``: Automatic erasing
    ``custom``: Erase specified regions

    Wire name: ``SubtitleEraseMethod``.
    """

    subtitle_model: str | None = None
    """Subtitle erasing model. standard (recommended) gives cleaner detail for ordinary
    subtitles; area erases a larger region and suits stylized subtitles with fancy fonts,
    shadows or animation.

    Known values (:class:`tencent_mps.enums.SmartEraseSubtitleConfigSubtitleModel`); others may appear:
    ``standard``: Standard model
    ``area``: Area model

    Wire name: ``SubtitleModel``.
    """

    ocr_switch: str | None = None
    """Whether to extract subtitle text with OCR, default OFF. Only available when
    SubtitleEraseMethod is auto; the most stable, longest-lasting text region in the erase
    area is treated as the subtitle and its text is extracted and erased.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: Enabled
    ``OFF``: Disabled

    Wire name: ``OcrSwitch``.
    """

    subtitle_lang: str | None = None
    """Subtitle language used to guide OCR, default zh_en; only applies when OcrSwitch is ON.
    multi covers many other languages, including Japanese, Korean, major European languages,
    Arabic, Hindi and several Indian and Southeast Asian languages.

    Known values (:class:`tencent_mps.enums.SmartEraseSubtitleConfigSubtitleLang`); others may appear:
    ``zh_en``: Chinese and English
    ``multi``: Other languages

    Wire name: ``SubtitleLang``.
    """

    subtitle_format: str | None = None
    """Format of the output subtitle file, default vtt; only applies when OcrSwitch is ON.

    Known values (:class:`tencent_mps.enums.SmartEraseSubtitleConfigSubtitleFormat`); others may appear:
    ``srt``: SRT format
    ``vtt``: WebVTT format

    Wire name: ``SubtitleFormat``.
    """

    trans_switch: str | None = None
    """Whether to translate the extracted subtitles, default OFF; only applies when OcrSwitch
    is ON.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: Enabled
    ``OFF``: Disabled

    Wire name: ``TransSwitch``.
    """

    trans_dst_lang: str | None = None
    """Target language for subtitle translation, default en; only applies when TransSwitch is
    ON.

    Known values (:class:`tencent_mps.enums.SmartEraseSubtitleConfigTransDstLang`); others may appear:
    ``zh``: Simplified Chinese
    ``en``: English
    ``ja``: Japanese
    ``ko``: Korean
    ``fr``: French
    ``es``: Spanish
    ``it``: Italian
    ``de``: German
    ``tr``: Turkish
    ``ru``: Russian
    ``pt``: Portuguese
    ``vi``: Vietnamese
    ``id``: Indonesian
    ``ms``: Malay
    ``th``: Thai
    ``ar``: Arabic
    ``hi``: Hindi

    Wire name: ``TransDstLang``.
    """

    auto_areas: list[models.EraseArea] | None = None
    """Regions in which the AI model automatically detects and erases targets. Ignored when the
    erase method is custom; when updating a template pass [] to clear the regions, or omit
    it to keep the existing ones.

    Wire name: ``AutoAreas``.
    """

    custom_areas: list[models.EraseTimeArea] | None = None
    """Regions that are erased directly, without detection, during the specified time ranges.
    When updating a template pass [] to clear the regions, or omit it to keep the existing
    ones.

    Wire name: ``CustomAreas``.
    """


_KNOWN = frozenset(UpdateSmartEraseSubtitleConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> UpdateSmartEraseSubtitleConfig:
    """Decode one ``UpdateSmartEraseSubtitleConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(UpdateSmartEraseSubtitleConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SubtitleEraseMethod")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubtitleEraseMethod", "a string", v)
    o.subtitle_erase_method = v
    v = get("SubtitleModel")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubtitleModel", "a string", v)
    o.subtitle_model = v
    v = get("OcrSwitch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OcrSwitch", "a string", v)
    o.ocr_switch = v
    v = get("SubtitleLang")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubtitleLang", "a string", v)
    o.subtitle_lang = v
    v = get("SubtitleFormat")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubtitleFormat", "a string", v)
    o.subtitle_format = v
    v = get("TransSwitch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TransSwitch", "a string", v)
    o.trans_switch = v
    v = get("TransDstLang")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TransDstLang", "a string", v)
    o.trans_dst_lang = v
    v = get("AutoAreas")
    if v is not None:
        n += 1
        v = _d.objects("AutoAreas", v, _S["EraseArea"])
    o.auto_areas = v
    v = get("CustomAreas")
    if v is not None:
        n += 1
        v = _d.objects("CustomAreas", v, _S["EraseTimeArea"])
    o.custom_areas = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(UpdateSmartEraseSubtitleConfig, _structure)
