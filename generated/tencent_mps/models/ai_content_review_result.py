# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiContentReviewResult``."""

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
class AiContentReviewResult(Model):
    """Execution status and result of one content moderation subtask; only the result field
    matching Type is populated.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "sample_rate": "SampleRate",
        "duration": "Duration",
        "porn_task": "PornTask",
        "terrorism_task": "TerrorismTask",
        "political_task": "PoliticalTask",
        "porn_asr_task": "PornAsrTask",
        "porn_ocr_task": "PornOcrTask",
        "political_asr_task": "PoliticalAsrTask",
        "political_ocr_task": "PoliticalOcrTask",
        "terrorism_ocr_task": "TerrorismOcrTask",
        "prohibited_asr_task": "ProhibitedAsrTask",
        "prohibited_ocr_task": "ProhibitedOcrTask",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "float",
        "float",
        "AiReviewTaskPornResult",
        "AiReviewTaskTerrorismResult",
        "AiReviewTaskPoliticalResult",
        "AiReviewTaskPornAsrResult",
        "AiReviewTaskPornOcrResult",
        "AiReviewTaskPoliticalAsrResult",
        "AiReviewTaskPoliticalOcrResult",
        "AiReviewTaskTerrorismOcrResult",
        "AiReviewTaskProhibitedAsrResult",
        "AiReviewTaskProhibitedOcrResult",
    )

    type: str | None = None
    """Kind of moderation performed.

    Known values (:class:`tencent_mps.enums.AiContentReviewResultType`); others may appear:
    ``Porn``: pornography detection in frames
    ``Terrorism``: sensitive (terrorism) content detection in frames
    ``Political``: sensitive (political) content detection in frames
    ``Porn.Asr``: pornographic content in speech (ASR) text
    ``Porn.Ocr``: pornographic content in on-screen (OCR) text
    ``Political.Asr``: sensitive content in speech (ASR) text
    ``Political.Ocr``: sensitive content in on-screen (OCR) text
    ``Terrorism.Ocr``: sensitive (terrorism) content in on-screen (OCR) text
    ``Prohibited.Asr``: prohibited content in speech (ASR) text
    ``Prohibited.Ocr``: prohibited content in on-screen (OCR) text

    Wire name: ``Type``.
    """

    sample_rate: float | None = None
    """Sampling rate, i.e. how many frames per second of video are captured for review.

    Unit: frames/s.

    Wire name: ``SampleRate``.
    """

    duration: float | None = None
    """Length of video that was reviewed, in seconds.

    Unit: s.

    Wire name: ``Duration``.
    """

    porn_task: models.AiReviewTaskPornResult | None = None
    """Result of frame-based pornography detection; valid when Type is Porn. May be null if
    unavailable.

    Wire name: ``PornTask``.
    """

    terrorism_task: models.AiReviewTaskTerrorismResult | None = None
    """Result of frame-based sensitive (terrorism) content detection; valid when Type is
    Terrorism. May be null if unavailable.

    Wire name: ``TerrorismTask``.
    """

    political_task: models.AiReviewTaskPoliticalResult | None = None
    """Result of frame-based sensitive (political) content detection; valid when Type is
    Political. May be null if unavailable.

    Wire name: ``PoliticalTask``.
    """

    porn_asr_task: models.AiReviewTaskPornAsrResult | None = None
    """Result of pornography detection on ASR (speech) text; valid when Type is Porn.Asr. May
    be null if unavailable.

    Wire name: ``PornAsrTask``.
    """

    porn_ocr_task: models.AiReviewTaskPornOcrResult | None = None
    """Result of pornography detection on OCR (on-screen) text; valid when Type is Porn.Ocr.
    May be null if unavailable.

    Wire name: ``PornOcrTask``.
    """

    political_asr_task: models.AiReviewTaskPoliticalAsrResult | None = None
    """Result of sensitive content detection on ASR (speech) text; valid when Type is
    Political.Asr. May be null if unavailable.

    Wire name: ``PoliticalAsrTask``.
    """

    political_ocr_task: models.AiReviewTaskPoliticalOcrResult | None = None
    """Result of sensitive content detection on OCR (on-screen) text; valid when Type is
    Political.Ocr. May be null if unavailable.

    Wire name: ``PoliticalOcrTask``.
    """

    terrorism_ocr_task: models.AiReviewTaskTerrorismOcrResult | None = None
    """Result of sensitive (terrorism) content detection on OCR text; valid when Type is
    Terrorism.Ocr. May be null if unavailable.

    Wire name: ``TerrorismOcrTask``.
    """

    prohibited_asr_task: models.AiReviewTaskProhibitedAsrResult | None = None
    """Result of prohibited content detection on ASR (speech) text; valid when Type is
    Prohibited.Asr. May be null if unavailable.

    Wire name: ``ProhibitedAsrTask``.
    """

    prohibited_ocr_task: models.AiReviewTaskProhibitedOcrResult | None = None
    """Result of prohibited content detection on OCR (on-screen) text; valid when Type is
    Prohibited.Ocr. May be null if unavailable.

    Wire name: ``ProhibitedOcrTask``.
    """


_KNOWN = frozenset(AiContentReviewResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiContentReviewResult:
    """Decode one ``AiContentReviewResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiContentReviewResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("SampleRate")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("SampleRate", v)
    o.sample_rate = v
    v = get("Duration")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Duration", v)
    o.duration = v
    v = get("PornTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiReviewTaskPornResult"](v)
        except DecodeError as e:
            raise e.with_prefix("PornTask") from None
    o.porn_task = v
    v = get("TerrorismTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiReviewTaskTerrorismResult"](v)
        except DecodeError as e:
            raise e.with_prefix("TerrorismTask") from None
    o.terrorism_task = v
    v = get("PoliticalTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiReviewTaskPoliticalResult"](v)
        except DecodeError as e:
            raise e.with_prefix("PoliticalTask") from None
    o.political_task = v
    v = get("PornAsrTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiReviewTaskPornAsrResult"](v)
        except DecodeError as e:
            raise e.with_prefix("PornAsrTask") from None
    o.porn_asr_task = v
    v = get("PornOcrTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiReviewTaskPornOcrResult"](v)
        except DecodeError as e:
            raise e.with_prefix("PornOcrTask") from None
    o.porn_ocr_task = v
    v = get("PoliticalAsrTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiReviewTaskPoliticalAsrResult"](v)
        except DecodeError as e:
            raise e.with_prefix("PoliticalAsrTask") from None
    o.political_asr_task = v
    v = get("PoliticalOcrTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiReviewTaskPoliticalOcrResult"](v)
        except DecodeError as e:
            raise e.with_prefix("PoliticalOcrTask") from None
    o.political_ocr_task = v
    v = get("TerrorismOcrTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiReviewTaskTerrorismOcrResult"](v)
        except DecodeError as e:
            raise e.with_prefix("TerrorismOcrTask") from None
    o.terrorism_ocr_task = v
    v = get("ProhibitedAsrTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiReviewTaskProhibitedAsrResult"](v)
        except DecodeError as e:
            raise e.with_prefix("ProhibitedAsrTask") from None
    o.prohibited_asr_task = v
    v = get("ProhibitedOcrTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiReviewTaskProhibitedOcrResult"](v)
        except DecodeError as e:
            raise e.with_prefix("ProhibitedOcrTask") from None
    o.prohibited_ocr_task = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiContentReviewResult, _structure)
