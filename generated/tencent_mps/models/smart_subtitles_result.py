# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SmartSubtitlesResult``."""

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
class SmartSubtitlesResult(Model):
    """Result of one smart subtitle subtask; only the result field matching Type is populated."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "asr_full_text_task": "AsrFullTextTask",
        "trans_text_task": "TransTextTask",
        "pure_subtitle_trans_task": "PureSubtitleTransTask",
        "ocr_full_text_task": "OcrFullTextTask",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "SmartSubtitleTaskAsrFullTextResult",
        "SmartSubtitleTaskTransTextResult",
        "PureSubtitleTransResult",
        "SmartSubtitleTaskFullTextResult",
    )

    type: str | None = None
    """Kind of smart subtitle task.

    Known values (:class:`tencent_mps.enums.SmartSubtitlesResultType`); others may appear:
    ``AsrFullTextRecognition``: full speech transcription
    ``TransTextRecognition``: speech translation
    ``PureSubtitleTrans``: translation of a subtitle file only
    ``OcrFullTextRecognition``: subtitle extraction from on-screen text

    Wire name: ``Type``.
    """

    asr_full_text_task: models.SmartSubtitleTaskAsrFullTextResult | None = None
    """Full speech transcription result; valid when Type is AsrFullTextRecognition. May be null
    if unavailable.

    Wire name: ``AsrFullTextTask``.
    """

    trans_text_task: models.SmartSubtitleTaskTransTextResult | None = None
    """Translation result; valid when Type is TransTextRecognition. May be null if unavailable.

    Wire name: ``TransTextTask``.
    """

    pure_subtitle_trans_task: models.PureSubtitleTransResult | None = None
    """Result of translating a standalone subtitle file; returned when Type is
    PureSubtitleTrans. May be null if unavailable.

    Wire name: ``PureSubtitleTransTask``.
    """

    ocr_full_text_task: models.SmartSubtitleTaskFullTextResult | None = None
    """Result of extracting subtitles from on-screen text; valid when Type is
    OcrFullTextRecognition. May be null if unavailable.

    Wire name: ``OcrFullTextTask``.
    """


_KNOWN = frozenset(SmartSubtitlesResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SmartSubtitlesResult:
    """Decode one ``SmartSubtitlesResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SmartSubtitlesResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("AsrFullTextTask")
    if v is not None:
        n += 1
        try:
            v = _S["SmartSubtitleTaskAsrFullTextResult"](v)
        except DecodeError as e:
            raise e.with_prefix("AsrFullTextTask") from None
    o.asr_full_text_task = v
    v = get("TransTextTask")
    if v is not None:
        n += 1
        try:
            v = _S["SmartSubtitleTaskTransTextResult"](v)
        except DecodeError as e:
            raise e.with_prefix("TransTextTask") from None
    o.trans_text_task = v
    v = get("PureSubtitleTransTask")
    if v is not None:
        n += 1
        try:
            v = _S["PureSubtitleTransResult"](v)
        except DecodeError as e:
            raise e.with_prefix("PureSubtitleTransTask") from None
    o.pure_subtitle_trans_task = v
    v = get("OcrFullTextTask")
    if v is not None:
        n += 1
        try:
            v = _S["SmartSubtitleTaskFullTextResult"](v)
        except DecodeError as e:
            raise e.with_prefix("OcrFullTextTask") from None
    o.ocr_full_text_task = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SmartSubtitlesResult, _structure)
