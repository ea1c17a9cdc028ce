# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AIRecognitionTemplateItem``."""

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
class AIRecognitionTemplateItem(Model):
    """Details of a content recognition template, as returned by DescribeAIRecognitionTemplates."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "name": "Name",
        "comment": "Comment",
        "face_configure": "FaceConfigure",
        "ocr_full_text_configure": "OcrFullTextConfigure",
        "ocr_words_configure": "OcrWordsConfigure",
        "asr_full_text_configure": "AsrFullTextConfigure",
        "asr_words_configure": "AsrWordsConfigure",
        "translate_configure": "TranslateConfigure",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
        "type": "Type",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "str",
        "FaceConfigureInfo",
        "OcrFullTextConfigureInfo",
        "OcrWordsConfigureInfo",
        "AsrFullTextConfigureInfo",
        "AsrWordsConfigureInfo",
        "TranslateConfigureInfo",
        "datetime",
        "datetime",
        "str",
    )

    definition: int | None = None
    """Unique ID of the content recognition template.

    Wire name: ``Definition``.
    """

    name: str | None = None
    """Name given to the content recognition template.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Free-text description of the content recognition template.

    Wire name: ``Comment``.
    """

    face_configure: models.FaceConfigureInfo | None = None
    """Settings of the face recognition task.

    Wire name: ``FaceConfigure``.
    """

    ocr_full_text_configure: models.OcrFullTextConfigureInfo | None = None
    """Settings of the full-text OCR (on-screen text) recognition task.

    Wire name: ``OcrFullTextConfigure``.
    """

    ocr_words_configure: models.OcrWordsConfigureInfo | None = None
    """Settings of the OCR keyword recognition task.

    Wire name: ``OcrWordsConfigure``.
    """

    asr_full_text_configure: models.AsrFullTextConfigureInfo | None = None
    """Settings of the full-text speech recognition task.

    Wire name: ``AsrFullTextConfigure``.
    """

    asr_words_configure: models.AsrWordsConfigureInfo | None = None
    """Settings of the speech keyword recognition task.

    Wire name: ``AsrWordsConfigure``.
    """

    translate_configure: models.TranslateConfigureInfo | None = None
    """Settings of the speech translation task. May be null if unavailable.

    Wire name: ``TranslateConfigure``.
    """

    create_time: datetime | None = None
    """When the template was created, in ISO 8601 format.

    Wire name: ``CreateTime``.
    """

    update_time: datetime | None = None
    """When the template was last modified, in ISO 8601 format.

    Wire name: ``UpdateTime``.
    """

    type: str | None = None
    """Whether the template is a system preset or user-defined. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.AIAnalysisTemplateItemType`); others may appear:
    ``Preset``: system preset template
    ``Custom``: user-defined template

    Wire name: ``Type``.
    """


_KNOWN = frozenset(AIRecognitionTemplateItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AIRecognitionTemplateItem:
    """Decode one ``AIRecognitionTemplateItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AIRecognitionTemplateItem)
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
    v = get("FaceConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["FaceConfigureInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("FaceConfigure") from None
    o.face_configure = v
    v = get("OcrFullTextConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["OcrFullTextConfigureInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("OcrFullTextConfigure") from None
    o.ocr_full_text_configure = v
    v = get("OcrWordsConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["OcrWordsConfigureInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("OcrWordsConfigure") from None
    o.ocr_words_configure = v
    v = get("AsrFullTextConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["AsrFullTextConfigureInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("AsrFullTextConfigure") from None
    o.asr_full_text_configure = v
    v = get("AsrWordsConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["AsrWordsConfigureInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("AsrWordsConfigure") from None
    o.asr_words_configure = v
    v = get("TranslateConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["TranslateConfigureInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("TranslateConfigure") from None
    o.translate_configure = v
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
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AIRecognitionTemplateItem, _structure)
