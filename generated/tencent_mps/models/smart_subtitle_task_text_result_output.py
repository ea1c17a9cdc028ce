# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SmartSubtitleTaskTextResultOutput``."""

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
class SmartSubtitleTaskTextResultOutput(Model):
    """Output of a smart subtitle task covering both recognized and translated subtitles."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "segment_set": "SegmentSet",
        "recognize_subtitle_result": "RecognizeSubtitleResult",
        "trans_subtitle_result": "TransSubtitleResult",
        "output_storage": "OutputStorage",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[SmartSubtitleTaskFullTextSegmentItem",
        "[SubtitleResult",
        "[SubtitleResult",
        "TaskOutputStorage",
    )

    segment_set: list[models.SmartSubtitleTaskFullTextSegmentItem] | None = None
    """List of segments recognized by the smart subtitle task. May be null.

    Wire name: ``SegmentSet``.
    """

    recognize_subtitle_result: list[models.SubtitleResult] | None = None
    """Subtitle results from recognition (original language). May be null.

    Wire name: ``RecognizeSubtitleResult``.
    """

    trans_subtitle_result: list[models.SubtitleResult] | None = None
    """Subtitle results from translation. May be null.

    Wire name: ``TransSubtitleResult``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Storage location of the subtitle files. May be null.

    Wire name: ``OutputStorage``.
    """


_KNOWN = frozenset(SmartSubtitleTaskTextResultOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SmartSubtitleTaskTextResultOutput:
    """Decode one ``SmartSubtitleTaskTextResultOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SmartSubtitleTaskTextResultOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SegmentSet")
    if v is not None:
        n += 1
        v = _d.objects("SegmentSet", v, _S["SmartSubtitleTaskFullTextSegmentItem"])
    o.segment_set = v
    v = get("RecognizeSubtitleResult")
    if v is not None:
        n += 1
        v = _d.objects("RecognizeSubtitleResult", v, _S["SubtitleResult"])
    o.recognize_subtitle_result = v
    v = get("TransSubtitleResult")
    if v is not None:
        n += 1
        v = _d.objects("TransSubtitleResult", v, _S["SubtitleResult"])
    o.trans_subtitle_result = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SmartSubtitleTaskTextResultOutput, _structure)
