# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamAiRecognitionResultItem``."""

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
class LiveStreamAiRecognitionResultItem(Model):
    """One AI recognition result of a live stream; Type tells which result set is filled."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "face_recognition_result_set": "FaceRecognitionResultSet",
        "asr_words_recognition_result_set": "AsrWordsRecognitionResultSet",
        "ocr_words_recognition_result_set": "OcrWordsRecognitionResultSet",
        "asr_full_text_recognition_result_set": "AsrFullTextRecognitionResultSet",
        "ocr_full_text_recognition_result_set": "OcrFullTextRecognitionResultSet",
        "trans_text_recognition_result_set": "TransTextRecognitionResultSet",
        "object_recognition_result_set": "ObjectRecognitionResultSet",
        "tag_recognition_result_set": "TagRecognitionResultSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[LiveStreamFaceRecognitionResult",
        "[LiveStreamAsrWordsRecognitionResult",
        "[LiveStreamOcrWordsRecognitionResult",
        "[LiveStreamAsrFullTextRecognitionResult",
        "[LiveStreamOcrFullTextRecognitionResult",
        "[LiveStreamTransTextRecognitionResult",
        "[LiveStreamObjectRecognitionResult",
        "[LiveStreamTagRecognitionResult",
    )

    type: str | None = None
    """Kind of recognition result, which decides which result set is valid.

    Known values (:class:`tencent_mps.enums.LiveStreamAiRecognitionResultItemType`); others may appear:
    ``FaceRecognition``: face recognition
    ``AsrWordsRecognition``: speech keyword recognition
    ``OcrWordsRecognition``: on-screen text keyword recognition
    ``AsrFullTextRecognition``: full-text speech recognition
    ``OcrFullTextRecognition``: full-text on-screen text recognition
    ``TransTextRecognition``: speech translation
    ``ObjectRecognition``: object detection
    ``TagRecognition``: highlight tagging

    Wire name: ``Type``.
    """

    face_recognition_result_set: list[models.LiveStreamFaceRecognitionResult] | None = None
    """Face recognition results; valid when Type is FaceRecognition.

    Wire name: ``FaceRecognitionResultSet``.
    """

    asr_words_recognition_result_set: list[models.LiveStreamAsrWordsRecognitionResult] | None = None
    """Speech keyword recognition results; valid when Type is AsrWordsRecognition.

    Wire name: ``AsrWordsRecognitionResultSet``.
    """

    ocr_words_recognition_result_set: list[models.LiveStreamOcrWordsRecognitionResult] | None = None
    """Text keyword recognition results; valid when Type is OcrWordsRecognition.

    Wire name: ``OcrWordsRecognitionResultSet``.
    """

    asr_full_text_recognition_result_set: (
        list[models.LiveStreamAsrFullTextRecognitionResult] | None
    ) = None
    """Full-text speech recognition results; valid when Type is AsrFullTextRecognition.

    Wire name: ``AsrFullTextRecognitionResultSet``.
    """

    ocr_full_text_recognition_result_set: (
        list[models.LiveStreamOcrFullTextRecognitionResult] | None
    ) = None
    """Full-text on-screen text recognition results; valid when Type is OcrFullTextRecognition.

    Wire name: ``OcrFullTextRecognitionResultSet``.
    """

    trans_text_recognition_result_set: list[models.LiveStreamTransTextRecognitionResult] | None = (
        None
    )
    """Speech translation results; valid when Type is TransTextRecognition.

    Wire name: ``TransTextRecognitionResultSet``.
    """

    object_recognition_result_set: list[models.LiveStreamObjectRecognitionResult] | None = None
    """Object detection results; valid when Type is ObjectRecognition.

    Wire name: ``ObjectRecognitionResultSet``.
    """

    tag_recognition_result_set: list[models.LiveStreamTagRecognitionResult] | None = None
    """Highlight tagging results; valid when Type is TagRecognition. May be null if
    unavailable.

    Wire name: ``TagRecognitionResultSet``.
    """


_KNOWN = frozenset(LiveStreamAiRecognitionResultItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveStreamAiRecognitionResultItem:
    """Decode one ``LiveStreamAiRecognitionResultItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveStreamAiRecognitionResultItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("FaceRecognitionResultSet")
    if v is not None:
        n += 1
        v = _d.objects("FaceRecognitionResultSet", v, _S["LiveStreamFaceRecognitionResult"])
    o.face_recognition_result_set = v
    v = get("AsrWordsRecognitionResultSet")
    if v is not None:
        n += 1
        v = _d.objects("AsrWordsRecognitionResultSet", v, _S["LiveStreamAsrWordsRecognitionResult"])
    o.asr_words_recognition_result_set = v
    v = get("OcrWordsRecognitionResultSet")
    if v is not None:
        n += 1
        v = _d.objects("OcrWordsRecognitionResultSet", v, _S["LiveStreamOcrWordsRecognitionResult"])
    o.ocr_words_recognition_result_set = v
    v = get("AsrFullTextRecognitionResultSet")
    if v is not None:
        n += 1
        v = _d.objects(
            "AsrFullTextRecognitionResultSet", v, _S["LiveStreamAsrFullTextRecognitionResult"]
        )
    o.asr_full_text_recognition_result_set = v
    v = get("OcrFullTextRecognitionResultSet")
    if v is not None:
        n += 1
        v = _d.objects(
            "OcrFullTextRecognitionResultSet", v, _S["LiveStreamOcrFullTextRecognitionResult"]
        )
    o.ocr_full_text_recognition_result_set = v
    v = get("TransTextRecognitionResultSet")
    if v is not None:
        n += 1
        v = _d.objects(
            "TransTextRecognitionResultSet", v, _S["LiveStreamTransTextRecognitionResult"]
        )
    o.trans_text_recognition_result_set = v
    v = get("ObjectRecognitionResultSet")
    if v is not None:
        n += 1
        v = _d.objects("ObjectRecognitionResultSet", v, _S["LiveStreamObjectRecognitionResult"])
    o.object_recognition_result_set = v
    v = get("TagRecognitionResultSet")
    if v is not None:
        n += 1
        v = _d.objects("TagRecognitionResultSet", v, _S["LiveStreamTagRecognitionResult"])
    o.tag_recognition_result_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveStreamAiRecognitionResultItem, _structure)
