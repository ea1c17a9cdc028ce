# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiRecognitionResult``."""

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
class AiRecognitionResult(Model):
    """Execution status and result of one content recognition subtask; only the result field
    matching Type is populated.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "face_task": "FaceTask",
        "asr_words_task": "AsrWordsTask",
        "asr_full_text_task": "AsrFullTextTask",
        "ocr_words_task": "OcrWordsTask",
        "ocr_full_text_task": "OcrFullTextTask",
        "trans_text_task": "TransTextTask",
        "object_task": "ObjectTask",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "AiRecognitionTaskFaceResult",
        "AiRecognitionTaskAsrWordsResult",
        "AiRecognitionTaskAsrFullTextResult",
        "AiRecognitionTaskOcrWordsResult",
        "AiRecognitionTaskOcrFullTextResult",
        "AiRecognitionTaskTransTextResult",
        "AiRecognitionTaskObjectResult",
    )

    type: str | None = None
    """Kind of recognition performed.

    Known values (:class:`tencent_mps.enums.AiRecognitionResultType`); others may appear:
    ``FaceRecognition``: face recognition
    ``AsrWordsRecognition``: speech keyword recognition
    ``OcrWordsRecognition``: text keyword recognition
    ``AsrFullTextRecognition``: full speech transcription
    ``OcrFullTextRecognition``: full text recognition
    ``TransTextRecognition``: speech translation

    Wire name: ``Type``.
    """

    face_task: models.AiRecognitionTaskFaceResult | None = None
    """Face recognition result; valid when Type is FaceRecognition. May be null if unavailable.

    Wire name: ``FaceTask``.
    """

    asr_words_task: models.AiRecognitionTaskAsrWordsResult | None = None
    """Speech keyword recognition result; valid when Type is AsrWordsRecognition. May be null
    if unavailable.

    Wire name: ``AsrWordsTask``.
    """

    asr_full_text_task: models.AiRecognitionTaskAsrFullTextResult | None = None
    """Full speech transcription result; valid when Type is AsrFullTextRecognition. May be null
    if unavailable.

    Wire name: ``AsrFullTextTask``.
    """

    ocr_words_task: models.AiRecognitionTaskOcrWordsResult | None = None
    """Text keyword recognition result; valid when Type is OcrWordsRecognition. May be null if
    unavailable.

    Wire name: ``OcrWordsTask``.
    """

    ocr_full_text_task: models.AiRecognitionTaskOcrFullTextResult | None = None
    """Full text recognition result; valid when Type is OcrFullTextRecognition. May be null if
    unavailable.

    Wire name: ``OcrFullTextTask``.
    """

    trans_text_task: models.AiRecognitionTaskTransTextResult | None = None
    """Speech translation result; valid when Type is TransTextRecognition. May be null if
    unavailable.

    Wire name: ``TransTextTask``.
    """

    object_task: models.AiRecognitionTaskObjectResult | None = None
    """Object recognition result; valid when Type is ObjectRecognition. May be null if
    unavailable.

    Wire name: ``ObjectTask``.
    """


_KNOWN = frozenset(AiRecognitionResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiRecognitionResult:
    """Decode one ``AiRecognitionResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiRecognitionResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("FaceTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiRecognitionTaskFaceResult"](v)
        except DecodeError as e:
            raise e.with_prefix("FaceTask") from None
    o.face_task = v
    v = get("AsrWordsTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiRecognitionTaskAsrWordsResult"](v)
        except DecodeError as e:
            raise e.with_prefix("AsrWordsTask") from None
    o.asr_words_task = v
    v = get("AsrFullTextTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiRecognitionTaskAsrFullTextResult"](v)
        except DecodeError as e:
            raise e.with_prefix("AsrFullTextTask") from None
    o.asr_full_text_task = v
    v = get("OcrWordsTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiRecognitionTaskOcrWordsResult"](v)
        except DecodeError as e:
            raise e.with_prefix("OcrWordsTask") from None
    o.ocr_words_task = v
    v = get("OcrFullTextTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiRecognitionTaskOcrFullTextResult"](v)
        except DecodeError as e:
            raise e.with_prefix("OcrFullTextTask") from None
    o.ocr_full_text_task = v
    v = get("TransTextTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiRecognitionTaskTransTextResult"](v)
        except DecodeError as e:
            raise e.with_prefix("TransTextTask") from None
    o.trans_text_task = v
    v = get("ObjectTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiRecognitionTaskObjectResult"](v)
        except DecodeError as e:
            raise e.with_prefix("ObjectTask") from None
    o.object_task = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiRecognitionResult, _structure)
