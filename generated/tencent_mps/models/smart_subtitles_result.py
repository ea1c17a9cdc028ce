# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SmartSubtitlesResult``: the model and its codecs."""

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
class SmartSubtitlesResult:
    """Result of one smart subtitle subtask; only the result field matching Type is populated.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "asr_full_text_task": "AsrFullTextTask",
        "trans_text_task": "TransTextTask",
        "pure_subtitle_trans_task": "PureSubtitleTransTask",
        "ocr_full_text_task": "OcrFullTextTask",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SmartSubtitlesResult:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "AsrFullTextTask",
        "TransTextTask",
        "PureSubtitleTransTask",
        "OcrFullTextTask",
    }
)


def _structure(data: Any) -> SmartSubtitlesResult:
    """Decode one ``SmartSubtitlesResult`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: SmartSubtitlesResult) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.asr_full_text_task
    if v is not None:
        d["AsrFullTextTask"] = _d.wire(v)
    v = o.trans_text_task
    if v is not None:
        d["TransTextTask"] = _d.wire(v)
    v = o.pure_subtitle_trans_task
    if v is not None:
        d["PureSubtitleTransTask"] = _d.wire(v)
    v = o.ocr_full_text_task
    if v is not None:
        d["OcrFullTextTask"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
