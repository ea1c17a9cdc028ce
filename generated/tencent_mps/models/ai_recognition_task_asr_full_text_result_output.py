# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiRecognitionTaskAsrFullTextResultOutput``."""

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
class AiRecognitionTaskAsrFullTextResultOutput(Model):
    """Output of a full-text speech recognition task, including transcribed segments and the
    generated subtitle file.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "segment_set": "SegmentSet",
        "subtitle_path": "SubtitlePath",
        "output_storage": "OutputStorage",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[AiRecognitionTaskAsrFullTextSegmentItem",
        "str",
        "TaskOutputStorage",
    )

    segment_set: list[models.AiRecognitionTaskAsrFullTextSegmentItem] | None = None
    """List of transcribed speech segments.

    Wire name: ``SegmentSet``.
    """

    subtitle_path: str | None = None
    """URL of the generated subtitle file.

    Wire name: ``SubtitlePath``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Storage location of the subtitle file.

    Deprecated: the service no longer uses this field.

    Wire name: ``OutputStorage``.
    """


_KNOWN = frozenset(AiRecognitionTaskAsrFullTextResultOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiRecognitionTaskAsrFullTextResultOutput:
    """Decode one ``AiRecognitionTaskAsrFullTextResultOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiRecognitionTaskAsrFullTextResultOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SegmentSet")
    if v is not None:
        n += 1
        v = _d.objects("SegmentSet", v, _S["AiRecognitionTaskAsrFullTextSegmentItem"])
    o.segment_set = v
    v = get("SubtitlePath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubtitlePath", "a string", v)
    o.subtitle_path = v
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


bind(AiRecognitionTaskAsrFullTextResultOutput, _structure)
