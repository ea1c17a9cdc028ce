# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``UserDefineConfigureInfoForUpdate`` (sent in requests)."""

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
class UserDefineConfigureInfoForUpdate(Model):
    """Changes to the user-defined moderation settings when modifying a moderation template."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "face_review_info": "FaceReviewInfo",
        "asr_review_info": "AsrReviewInfo",
        "ocr_review_info": "OcrReviewInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "UserDefineFaceReviewTemplateInfoForUpdate!",
        "UserDefineAsrTextReviewTemplateInfoForUpdate!",
        "UserDefineOcrTextReviewTemplateInfoForUpdate!",
    )

    face_review_info: models.UserDefineFaceReviewTemplateInfoForUpdate | None = None
    """New settings of custom person (face) moderation. Required.

    Required in requests.

    Wire name: ``FaceReviewInfo``.
    """

    asr_review_info: models.UserDefineAsrTextReviewTemplateInfoForUpdate | None = None
    """New settings of custom speech moderation. Required.

    Required in requests.

    Wire name: ``AsrReviewInfo``.
    """

    ocr_review_info: models.UserDefineOcrTextReviewTemplateInfoForUpdate | None = None
    """New settings of custom on-screen text moderation. Required.

    Required in requests.

    Wire name: ``OcrReviewInfo``.
    """


_KNOWN = frozenset(UserDefineConfigureInfoForUpdate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> UserDefineConfigureInfoForUpdate:
    """Decode one ``UserDefineConfigureInfoForUpdate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(UserDefineConfigureInfoForUpdate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FaceReviewInfo")
    if v is not None:
        n += 1
        try:
            v = _S["UserDefineFaceReviewTemplateInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("FaceReviewInfo") from None
    o.face_review_info = v
    v = get("AsrReviewInfo")
    if v is not None:
        n += 1
        try:
            v = _S["UserDefineAsrTextReviewTemplateInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("AsrReviewInfo") from None
    o.asr_review_info = v
    v = get("OcrReviewInfo")
    if v is not None:
        n += 1
        try:
            v = _S["UserDefineOcrTextReviewTemplateInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("OcrReviewInfo") from None
    o.ocr_review_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(UserDefineConfigureInfoForUpdate, _structure)
