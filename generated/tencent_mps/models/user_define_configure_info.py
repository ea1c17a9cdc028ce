# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``UserDefineConfigureInfo`` (sent in requests)."""

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
class UserDefineConfigureInfo(Model):
    """Settings of user-defined moderation of persons, speech and on-screen text."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "face_review_info": "FaceReviewInfo",
        "asr_review_info": "AsrReviewInfo",
        "ocr_review_info": "OcrReviewInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "UserDefineFaceReviewTemplateInfo",
        "UserDefineAsrTextReviewTemplateInfo",
        "UserDefineOcrTextReviewTemplateInfo",
    )

    face_review_info: models.UserDefineFaceReviewTemplateInfo | None = None
    """Settings of custom person (face) moderation.

    Wire name: ``FaceReviewInfo``.
    """

    asr_review_info: models.UserDefineAsrTextReviewTemplateInfo | None = None
    """Settings of custom speech moderation.

    Wire name: ``AsrReviewInfo``.
    """

    ocr_review_info: models.UserDefineOcrTextReviewTemplateInfo | None = None
    """Settings of custom on-screen text moderation.

    Wire name: ``OcrReviewInfo``.
    """


_KNOWN = frozenset(UserDefineConfigureInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> UserDefineConfigureInfo:
    """Decode one ``UserDefineConfigureInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(UserDefineConfigureInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FaceReviewInfo")
    if v is not None:
        n += 1
        try:
            v = _S["UserDefineFaceReviewTemplateInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("FaceReviewInfo") from None
    o.face_review_info = v
    v = get("AsrReviewInfo")
    if v is not None:
        n += 1
        try:
            v = _S["UserDefineAsrTextReviewTemplateInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("AsrReviewInfo") from None
    o.asr_review_info = v
    v = get("OcrReviewInfo")
    if v is not None:
        n += 1
        try:
            v = _S["UserDefineOcrTextReviewTemplateInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("OcrReviewInfo") from None
    o.ocr_review_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(UserDefineConfigureInfo, _structure)
