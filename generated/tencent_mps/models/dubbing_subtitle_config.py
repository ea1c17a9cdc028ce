# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DubbingSubtitleConfig`` (sent in requests)."""

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
class DubbingSubtitleConfig(Model):
    """Subtitle settings of an AI dubbing task, covering where the source subtitles come from,
    whether the original subtitles are erased and which screen areas hold them.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "subtitle_source": "SubtitleSource",
        "asr_assist_ocr": "AsrAssistOcr",
        "erase_original_subtitle": "EraseOriginalSubtitle",
        "selecting_subtitle_areas_config": "SelectingSubtitleAreasConfig",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "SelectingSubtitleAreasConfig",
    )

    subtitle_source: str | None = None
    """Where the source subtitles come from: text recognized in the picture, recognized speech,
    or external subtitle files.

    Known values (:class:`tencent_mps.enums.DubbingSubtitleConfigSubtitleSource`); others may appear:
    ``OCR``: recognize text shown in the video picture
    ``ASR``: recognize spoken dialogue in the audio
    ``External``: external subtitle files given by source and translated subtitle URLs

    Wire name: ``SubtitleSource``.
    """

    asr_assist_ocr: str | None = None
    """Whether speech recognition is used to improve OCR subtitle extraction. Defaults to OFF;
    may only be ON when SubtitleSource is OCR.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: use speech recognition to assist OCR
    ``OFF``: OCR only (default)

    Wire name: ``AsrAssistOcr``.
    """

    erase_original_subtitle: str | None = None
    """Whether the original subtitles are erased from the video. Defaults to OFF; cannot be ON
    when SubtitleSource is External.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: erase the original subtitles
    ``OFF``: keep the original subtitles (default)

    Wire name: ``EraseOriginalSubtitle``.
    """

    selecting_subtitle_areas_config: models.SelectingSubtitleAreasConfig | None = None
    """Screen areas where the subtitles are located.

    Wire name: ``SelectingSubtitleAreasConfig``.
    """


_KNOWN = frozenset(DubbingSubtitleConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DubbingSubtitleConfig:
    """Decode one ``DubbingSubtitleConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DubbingSubtitleConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SubtitleSource")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubtitleSource", "a string", v)
    o.subtitle_source = v
    v = get("AsrAssistOcr")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AsrAssistOcr", "a string", v)
    o.asr_assist_ocr = v
    v = get("EraseOriginalSubtitle")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EraseOriginalSubtitle", "a string", v)
    o.erase_original_subtitle = v
    v = get("SelectingSubtitleAreasConfig")
    if v is not None:
        n += 1
        try:
            v = _S["SelectingSubtitleAreasConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("SelectingSubtitleAreasConfig") from None
    o.selecting_subtitle_areas_config = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DubbingSubtitleConfig, _structure)
