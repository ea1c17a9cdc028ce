# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SmartSubtitleTemplateItem``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SmartSubtitleTemplateItem(Model):
    """Details of a smart subtitle template: recognition, translation and subtitle output settings."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "name": "Name",
        "comment": "Comment",
        "type": "Type",
        "asr_hot_words_configure": "AsrHotWordsConfigure",
        "asr_hot_words_library_name": "AsrHotWordsLibraryName",
        "video_src_language": "VideoSrcLanguage",
        "subtitle_format": "SubtitleFormat",
        "subtitle_type": "SubtitleType",
        "translate_switch": "TranslateSwitch",
        "translate_dst_language": "TranslateDstLanguage",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
        "alias_name": "AliasName",
        "process_type": "ProcessType",
        "selecting_subtitle_areas_config": "SelectingSubtitleAreasConfig",
        "subtitle_embed_id": "SubtitleEmbedId",
        "speaker_mode": "SpeakerMode",
        "speaker_label": "SpeakerLabel",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "str",
        "str",
        "AsrHotWordsConfigure",
        "str",
        "str",
        "str",
        "int",
        "str",
        "str",
        "datetime",
        "datetime",
        "str",
        "int",
        "SelectingSubtitleAreasConfig",
        "int",
        "int",
        "int",
    )

    definition: int | None = None
    """Unique ID of the smart subtitle template.

    Wire name: ``Definition``.
    """

    name: str | None = None
    """Name of the smart subtitle template. May be null if unavailable.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Free-text description of the template. May be null if unavailable.

    Wire name: ``Comment``.
    """

    type: str | None = None
    """Whether the template is a system preset or user-defined. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.AIAnalysisTemplateItemType`); others may appear:
    ``Preset``: system preset template
    ``Custom``: user-defined template

    Wire name: ``Type``.
    """

    asr_hot_words_configure: models.AsrHotWordsConfigure | None = None
    """Hot-word library settings for ASR recognition. May be null if unavailable.

    Wire name: ``AsrHotWordsConfigure``.
    """

    asr_hot_words_library_name: str | None = None
    """Name of the hot-word library linked to the template. May be null if unavailable.

    Wire name: ``AsrHotWordsLibraryName``.
    """

    video_src_language: str | None = None
    """Source language of the video.

    Known values (:class:`tencent_mps.enums.SmartSubtitleTemplateItemVideoSrcLanguage`); others may appear:
    ``zh``: simplified chinese
    ``yue``: cantonese
    ``zh-PY``: chinese, english and cantonese
    ``zh_medical``: chinese (medical)
    ``zh_dialect``: chinese dialects
    ``prime_zh``: chinese, english and dialects
    ``zh_en``: chinese and english
    ``en``: english
    ``ja``: japanese
    ``ko``: korean
    ``fr``: french
    ``es``: spanish
    ``it``: italian
    ``de``: german
    ``tr``: turkish
    ``ru``: russian
    ``pt``: portuguese (brazil)
    ``pt-PT``: portuguese (portugal)
    ``vi``: vietnamese
    ``id``: indonesian
    ``ms``: malay
    ``th``: thai
    ``ar``: arabic
    ``hi``: hindi
    ``fil``: filipino
    ``auto``: detect the language automatically (pure subtitle translation only)

    Wire name: ``VideoSrcLanguage``.
    """

    subtitle_format: str | None = None
    """Format of the generated subtitle file; empty means no subtitle file is generated. May be
    null if unavailable.

    Known values (:class:`tencent_mps.enums.RawSmartSubtitleParameterSubtitleFormat`); others may appear:
    ``vtt``: webvtt subtitles
    ``srt``: srt subtitles
    ``original``: same format as the source subtitle file (pure subtitle translation templates)

    Wire name: ``SubtitleFormat``.
    """

    subtitle_type: int | None = None
    """Which languages the subtitles contain. Only 0 is allowed when TranslateSwitch is OFF,
    and only 1 or 2 when it is ON.

    Known values; others may appear:
    ``0``: source language
    ``1``: translated language
    ``2``: source and translated languages

    Wire name: ``SubtitleType``.
    """

    translate_switch: str | None = None
    """Whether subtitle translation is enabled. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: translation enabled
    ``OFF``: translation disabled

    Wire name: ``TranslateSwitch``.
    """

    translate_dst_language: str | None = None
    """Target language of the translation, used when TranslateSwitch is ON; several languages
    are separated by /, for example en/ja. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.SmartSubtitleTemplateItemTranslateDstLanguage`); others may appear:
    ``zh``: simplified chinese
    ``zh-TW``: traditional chinese
    ``en``: english
    ``ja``: japanese
    ``ko``: korean
    ``fr``: french
    ``es``: spanish
    ``it``: italian
    ``de``: german
    ``tr``: turkish
    ``ru``: russian
    ``pt``: portuguese (brazil)
    ``pt-PT``: portuguese (portugal)
    ``vi``: vietnamese
    ``id``: indonesian
    ``ms``: malay
    ``th``: thai
    ``ar``: arabic
    ``hi``: hindi
    ``fil``: filipino

    Wire name: ``TranslateDstLanguage``.
    """

    create_time: datetime | None = None
    """Time the template was created, in ISO date format.

    Wire name: ``CreateTime``.
    """

    update_time: datetime | None = None
    """Time the template was last modified, in ISO date format.

    Wire name: ``UpdateTime``.
    """

    alias_name: str | None = None
    """Alias of a preset smart subtitle template. May be null if unavailable.

    Wire name: ``AliasName``.
    """

    process_type: int | None = None
    """How subtitles are produced.

    Known values; others may appear:
    ``0``: asr speech recognition subtitles
    ``1``: pure subtitle translation
    ``2``: ocr text recognition subtitles

    Wire name: ``ProcessType``.
    """

    selecting_subtitle_areas_config: models.SelectingSubtitleAreasConfig | None = None
    """Boxed regions from which OCR extracts subtitles. May be null if unavailable.

    Wire name: ``SelectingSubtitleAreasConfig``.
    """

    subtitle_embed_id: int | None = None
    """ID of the subtitle burn-in template linked to this template.

    Wire name: ``SubtitleEmbedId``.
    """

    speaker_mode: int | None = None
    """Whether speaker identification is enabled. Defaults to 0.

    Known values; others may appear:
    ``0``: speaker identification off
    ``1``: speaker identification on

    Wire name: ``SpeakerMode``.
    """

    speaker_label: int | None = None
    """Whether identified speakers are written to the subtitle file; requires SpeakerMode other
    than 0. Defaults to 0.

    Known values; others may appear:
    ``0``: do not write speakers to the subtitle file
    ``1``: write speakers to the vtt subtitle file

    Wire name: ``SpeakerLabel``.
    """


_KNOWN = frozenset(SmartSubtitleTemplateItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SmartSubtitleTemplateItem:
    """Decode one ``SmartSubtitleTemplateItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SmartSubtitleTemplateItem)
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
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("AsrHotWordsConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["AsrHotWordsConfigure"](v)
        except DecodeError as e:
            raise e.with_prefix("AsrHotWordsConfigure") from None
    o.asr_hot_words_configure = v
    v = get("AsrHotWordsLibraryName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AsrHotWordsLibraryName", "a string", v)
    o.asr_hot_words_library_name = v
    v = get("VideoSrcLanguage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoSrcLanguage", "a string", v)
    o.video_src_language = v
    v = get("SubtitleFormat")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubtitleFormat", "a string", v)
    o.subtitle_format = v
    v = get("SubtitleType")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SubtitleType", "an integer", v)
    o.subtitle_type = v
    v = get("TranslateSwitch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TranslateSwitch", "a string", v)
    o.translate_switch = v
    v = get("TranslateDstLanguage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TranslateDstLanguage", "a string", v)
    o.translate_dst_language = v
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
    v = get("AliasName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AliasName", "a string", v)
    o.alias_name = v
    v = get("ProcessType")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ProcessType", "an integer", v)
    o.process_type = v
    v = get("SelectingSubtitleAreasConfig")
    if v is not None:
        n += 1
        try:
            v = _S["SelectingSubtitleAreasConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("SelectingSubtitleAreasConfig") from None
    o.selecting_subtitle_areas_config = v
    v = get("SubtitleEmbedId")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SubtitleEmbedId", "an integer", v)
    o.subtitle_embed_id = v
    v = get("SpeakerMode")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SpeakerMode", "an integer", v)
    o.speaker_mode = v
    v = get("SpeakerLabel")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SpeakerLabel", "an integer", v)
    o.speaker_label = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SmartSubtitleTemplateItem, _structure)
