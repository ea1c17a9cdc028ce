# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamAiRecognitionResultItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveStreamAiRecognitionResultItem:
    """One AI recognition result of a live stream; Type tells which result set is filled.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LiveStreamAiRecognitionResultItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "FaceRecognitionResultSet",
        "AsrWordsRecognitionResultSet",
        "OcrWordsRecognitionResultSet",
        "AsrFullTextRecognitionResultSet",
        "OcrFullTextRecognitionResultSet",
        "TransTextRecognitionResultSet",
        "ObjectRecognitionResultSet",
        "TagRecognitionResultSet",
    }
)


def _structure(data: Any) -> LiveStreamAiRecognitionResultItem:
    """Decode one ``LiveStreamAiRecognitionResultItem`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("FaceRecognitionResultSet", "an array", v)
        if v:
            f = _S["LiveStreamFaceRecognitionResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("FaceRecognitionResultSet", v, f) from None
        else:
            v = []
    o.face_recognition_result_set = v
    v = get("AsrWordsRecognitionResultSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("AsrWordsRecognitionResultSet", "an array", v)
        if v:
            f = _S["LiveStreamAsrWordsRecognitionResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("AsrWordsRecognitionResultSet", v, f) from None
        else:
            v = []
    o.asr_words_recognition_result_set = v
    v = get("OcrWordsRecognitionResultSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("OcrWordsRecognitionResultSet", "an array", v)
        if v:
            f = _S["LiveStreamOcrWordsRecognitionResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("OcrWordsRecognitionResultSet", v, f) from None
        else:
            v = []
    o.ocr_words_recognition_result_set = v
    v = get("AsrFullTextRecognitionResultSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("AsrFullTextRecognitionResultSet", "an array", v)
        if v:
            f = _S["LiveStreamAsrFullTextRecognitionResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("AsrFullTextRecognitionResultSet", v, f) from None
        else:
            v = []
    o.asr_full_text_recognition_result_set = v
    v = get("OcrFullTextRecognitionResultSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("OcrFullTextRecognitionResultSet", "an array", v)
        if v:
            f = _S["LiveStreamOcrFullTextRecognitionResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("OcrFullTextRecognitionResultSet", v, f) from None
        else:
            v = []
    o.ocr_full_text_recognition_result_set = v
    v = get("TransTextRecognitionResultSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("TransTextRecognitionResultSet", "an array", v)
        if v:
            f = _S["LiveStreamTransTextRecognitionResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("TransTextRecognitionResultSet", v, f) from None
        else:
            v = []
    o.trans_text_recognition_result_set = v
    v = get("ObjectRecognitionResultSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ObjectRecognitionResultSet", "an array", v)
        if v:
            f = _S["LiveStreamObjectRecognitionResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("ObjectRecognitionResultSet", v, f) from None
        else:
            v = []
    o.object_recognition_result_set = v
    v = get("TagRecognitionResultSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("TagRecognitionResultSet", "an array", v)
        if v:
            f = _S["LiveStreamTagRecognitionResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("TagRecognitionResultSet", v, f) from None
        else:
            v = []
    o.tag_recognition_result_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: LiveStreamAiRecognitionResultItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.face_recognition_result_set
    if v is not None:
        d["FaceRecognitionResultSet"] = [_d.wire(x) for x in v]
    v = o.asr_words_recognition_result_set
    if v is not None:
        d["AsrWordsRecognitionResultSet"] = [_d.wire(x) for x in v]
    v = o.ocr_words_recognition_result_set
    if v is not None:
        d["OcrWordsRecognitionResultSet"] = [_d.wire(x) for x in v]
    v = o.asr_full_text_recognition_result_set
    if v is not None:
        d["AsrFullTextRecognitionResultSet"] = [_d.wire(x) for x in v]
    v = o.ocr_full_text_recognition_result_set
    if v is not None:
        d["OcrFullTextRecognitionResultSet"] = [_d.wire(x) for x in v]
    v = o.trans_text_recognition_result_set
    if v is not None:
        d["TransTextRecognitionResultSet"] = [_d.wire(x) for x in v]
    v = o.object_recognition_result_set
    if v is not None:
        d["ObjectRecognitionResultSet"] = [_d.wire(x) for x in v]
    v = o.tag_recognition_result_set
    if v is not None:
        d["TagRecognitionResultSet"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
