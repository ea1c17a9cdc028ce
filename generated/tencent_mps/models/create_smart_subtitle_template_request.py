# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateSmartSubtitleTemplateRequest`` (sent in requests)."""

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
class CreateSmartSubtitleTemplateRequest(Model):
    """Request of CreateSmartSubtitleTemplate: source language, processing type, translation and
    output format of the new smart subtitle template.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "video_src_language": "VideoSrcLanguage",
        "subtitle_type": "SubtitleType",
        "comment": "Comment",
        "subtitle_format": "SubtitleFormat",
        "asr_hot_words_configure": "AsrHotWordsConfigure",
        "translate_switch": "TranslateSwitch",
        "translate_dst_language": "TranslateDstLanguage",
        "process_type": "ProcessType",
        "selecting_subtitle_areas_config": "SelectingSubtitleAreasConfig",
        "subtitle_embed_id": "SubtitleEmbedId",
        "speaker_mode": "SpeakerMode",
        "speaker_label": "SpeakerLabel",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "int!",
        "str",
        "str",
        "AsrHotWordsConfigure",
        "str",
        "str",
        "int",
        "SelectingSubtitleAreasConfig",
        "int",
        "int",
        "int",
    )

    name: str | None = None
    """Template name, at most 64 characters.

    Required in requests.

    Wire name: ``Name``.
    """

    video_src_language: str | None = None
    """Source language of the video, as a language code such as auto, zh, en, ja or zh_en. ASR
    and pure subtitle translation accept the ASR language list; OCR accepts only zh_en or
    multi.

    Known values (:class:`tencent_mps.enums.CreateSmartSubtitleTemplateRequestVideoSrcLanguage`); others may appear:
    ``auto``: detect the language automatically
    ``zh_en``: Chinese and English
    ``multi``: other languages (OCR only)

    Required in requests.

    Wire name: ``VideoSrcLanguage``.
    """

    subtitle_type: int | None = None
    """Which languages the subtitles contain. Only 0 is allowed when TranslateSwitch is OFF;
    only 1 or 2 when it is ON.

    Known values; others may appear:
    ``0``: source language
    ``1``: translated language
    ``2``: source plus translated language

    Required in requests.

    Wire name: ``SubtitleType``.
    """

    comment: str | None = None
    """Template description, at most 256 characters.

    Wire name: ``Comment``.
    """

    subtitle_format: str | None = None
    """Format of the subtitle file. For ASR, leaving it empty produces no file, but it must be
    set when translating into two or more languages; pure subtitle translation requires it;
    OCR tasks with burn-in may leave it empty.

    Known values (:class:`tencent_mps.enums.RawSmartSubtitleParameterSubtitleFormat`); others may appear:
    ``vtt``: WebVTT subtitles
    ``srt``: SRT subtitles
    ``original``: same format as the source file (pure subtitle translation only)

    Wire name: ``SubtitleFormat``.
    """

    asr_hot_words_configure: models.AsrHotWordsConfigure | None = None
    """ASR hotword library settings.

    Wire name: ``AsrHotWordsConfigure``.
    """

    translate_switch: str | None = None
    """Turns subtitle translation on or off. For pure subtitle translation it defaults to on
    and may not be empty or OFF.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: translation enabled
    ``OFF``: translation disabled

    Wire name: ``TranslateSwitch``.
    """

    translate_dst_language: str | None = None
    """Target language of the translation, used when TranslateSwitch is ON. Separate several
    languages with /, for example en/ja.

    Known values (:class:`tencent_mps.enums.CreateSmartSubtitleTemplateRequestTranslateDstLanguage`); others may appear:
    ``ar``: Arabic
    ``en``: English
    ``fr``: French
    ``it``: Italian
    ``ja``: Japanese
    ``ko``: Korean
    ``ru``: Russian
    ``th``: Thai
    ``tr``: Turkish
    ``vi``: Vietnamese
    ``yue``: Cantonese
    ``zh``: simplified Chinese
    ``zh-TW``: traditional Chinese

    Wire name: ``TranslateDstLanguage``.
    """

    process_type: int | None = None
    """How subtitles are obtained. Defaults to 0 (ASR) when omitted.

    Known values; others may appear:
    ``0``: subtitles recognized by ASR
    ``1``: pure subtitle translation
    ``2``: subtitles recognized by OCR

    Wire name: ``ProcessType``.
    """

    selecting_subtitle_areas_config: models.SelectingSubtitleAreasConfig | None = None
    """Areas of the frame from which OCR extracts subtitles.

    Wire name: ``SelectingSubtitleAreasConfig``.
    """

    subtitle_embed_id: int | None = None
    """ID of a subtitle embedding template; allowed only when ProcessType is 0 or 2 (ASR or
    OCR) and not when translating into several languages.

    Wire name: ``SubtitleEmbedId``.
    """

    speaker_mode: int | None = None
    """Turns speaker identification on or off. Off by default.

    Known values; others may appear:
    ``0``: speaker identification off
    ``1``: speaker identification on

    Wire name: ``SpeakerMode``.
    """

    speaker_label: int | None = None
    """Whether speaker labels are written to the subtitle file; requires SpeakerMode to be non-
    zero. Not written by default.

    Known values; others may appear:
    ``0``: not written to the subtitle file
    ``1``: written to the vtt subtitle file

    Wire name: ``SpeakerLabel``.
    """


_KNOWN = frozenset(CreateSmartSubtitleTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateSmartSubtitleTemplateRequest:
    """Decode one ``CreateSmartSubtitleTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateSmartSubtitleTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("VideoSrcLanguage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoSrcLanguage", "a string", v)
    o.video_src_language = v
    v = get("SubtitleType")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SubtitleType", "an integer", v)
    o.subtitle_type = v
    v = get("Comment")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Comment", "a string", v)
    o.comment = v
    v = get("SubtitleFormat")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubtitleFormat", "a string", v)
    o.subtitle_format = v
    v = get("AsrHotWordsConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["AsrHotWordsConfigure"](v)
        except DecodeError as e:
            raise e.with_prefix("AsrHotWordsConfigure") from None
    o.asr_hot_words_configure = v
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


bind(CreateSmartSubtitleTemplateRequest, _structure)
