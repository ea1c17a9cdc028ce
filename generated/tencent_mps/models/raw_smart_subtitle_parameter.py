# generated from schema/describe-task-detail.schema.json by codegen (make generate); do not edit.
"""``RawSmartSubtitleParameter``: the model and its converter hooks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from tencent_mps._runtime import decoding as _d
from tencent_mps._runtime.exceptions import DecodeError

from ._registry import STRUCTURE as _S

if TYPE_CHECKING:
    from . import asr_hot_words_configure as asr_hot_words_configure_1
    from . import selecting_subtitle_areas_config as selecting_subtitle_areas_config_1

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class RawSmartSubtitleParameter:
    """Custom smart subtitle parameters supplied directly instead of a template, controlling
    recognition method, source and target languages, output format and speaker detection.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    subtitle_type: int | None = None
    """Which language the subtitles contain. Only 0 is allowed when TranslateSwitch is OFF;
    only 1 or 2 when it is ON.

    Wire name: ``SubtitleType``.
    """

    video_src_language: str | None = None
    """Source language of the video. OCR recognition supports only zh_en and multi; ASR
    recognition and pure subtitle translation support the other listed codes.

    Wire name: ``VideoSrcLanguage``.
    """

    subtitle_format: str | None = None
    """Subtitle file format: vtt or srt for ASR and OCR, plus original for pure translation;
    empty means no file and is only allowed for ASR with fewer than two target languages or
    OCR with burn-in. May be null.

    Wire name: ``SubtitleFormat``.
    """

    translate_switch: str | None = None
    """Whether subtitle translation is enabled. For pure subtitle translation it defaults to ON
    and cannot be empty or OFF. May be null.

    Wire name: ``TranslateSwitch``.
    """

    translate_dst_language: str | None = None
    """Target language of subtitle translation, used when TranslateSwitch is ON. Multiple
    languages are separated by /, e.g. en/ja. May be null.

    Wire name: ``TranslateDstLanguage``.
    """

    asr_hot_words_configure: asr_hot_words_configure_1.AsrHotWordsConfigure | None = None
    """ASR hotword library settings. May be null.

    Wire name: ``AsrHotWordsConfigure``.
    """

    ext_info: str | None = None
    """Custom extension parameters.

    Wire name: ``ExtInfo``.
    """

    process_type: int | None = None
    """Subtitle processing type; defaults to ASR recognition when omitted.

    Wire name: ``ProcessType``.
    """

    selecting_subtitle_areas_config: (
        selecting_subtitle_areas_config_1.SelectingSubtitleAreasConfig | None
    ) = None
    """Regions selected for OCR subtitle extraction. May be null.

    Wire name: ``SelectingSubtitleAreasConfig``.
    """

    subtitle_embed_id: int | None = None
    """ID of the subtitle burn-in template; only allowed when ProcessType is 0 (ASR) or 2
    (OCR).

    Wire name: ``SubtitleEmbedId``.
    """

    speaker_mode: int | None = None
    """Whether speaker recognition is enabled; default 0.

    Wire name: ``SpeakerMode``.
    """

    speaker_label: int | None = None
    """Whether speaker labels are written into the subtitle file; default 0. Requires
    SpeakerMode to be non-zero.

    Wire name: ``SpeakerLabel``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RawSmartSubtitleParameter:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN = frozenset(
    {
        "SubtitleType",
        "VideoSrcLanguage",
        "SubtitleFormat",
        "TranslateSwitch",
        "TranslateDstLanguage",
        "AsrHotWordsConfigure",
        "ExtInfo",
        "ProcessType",
        "SelectingSubtitleAreasConfig",
        "SubtitleEmbedId",
        "SpeakerMode",
        "SpeakerLabel",
    }
)


def _structure(data: Any) -> RawSmartSubtitleParameter:
    """Decode one ``RawSmartSubtitleParameter`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(RawSmartSubtitleParameter)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SubtitleType")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SubtitleType", "an integer", v)
    o.subtitle_type = v
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
    v = get("AsrHotWordsConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["AsrHotWordsConfigure"](v)
        except DecodeError as e:
            raise e.with_prefix("AsrHotWordsConfigure") from None
    o.asr_hot_words_configure = v
    v = get("ExtInfo")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ExtInfo", "a string", v)
    o.ext_info = v
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


def _unstructure(o: RawSmartSubtitleParameter) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.subtitle_type
    if v is not None:
        d["SubtitleType"] = v
    v = o.video_src_language
    if v is not None:
        d["VideoSrcLanguage"] = v
    v = o.subtitle_format
    if v is not None:
        d["SubtitleFormat"] = v
    v = o.translate_switch
    if v is not None:
        d["TranslateSwitch"] = v
    v = o.translate_dst_language
    if v is not None:
        d["TranslateDstLanguage"] = v
    v = o.asr_hot_words_configure
    if v is not None:
        d["AsrHotWordsConfigure"] = v.to_dict()
    v = o.ext_info
    if v is not None:
        d["ExtInfo"] = v
    v = o.process_type
    if v is not None:
        d["ProcessType"] = v
    v = o.selecting_subtitle_areas_config
    if v is not None:
        d["SelectingSubtitleAreasConfig"] = v.to_dict()
    v = o.subtitle_embed_id
    if v is not None:
        d["SubtitleEmbedId"] = v
    v = o.speaker_mode
    if v is not None:
        d["SpeakerMode"] = v
    v = o.speaker_label
    if v is not None:
        d["SpeakerLabel"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
