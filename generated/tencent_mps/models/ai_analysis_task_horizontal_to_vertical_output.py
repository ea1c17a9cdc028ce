# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiAnalysisTaskHorizontalToVerticalOutput``."""

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
class AiAnalysisTaskHorizontalToVerticalOutput(Model):
    """Output of an intelligent landscape-to-portrait conversion task, pointing to the converted
    vertical video.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "path": "Path",
        "output_storage": "OutputStorage",
        "confidence": "Confidence",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "TaskOutputStorage",
        "float",
    )

    path: str | None = None
    """Path of the converted portrait (vertical) video file. May be null.

    Wire name: ``Path``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Storage location of the converted portrait video. May be null.

    Wire name: ``OutputStorage``.
    """

    confidence: float | None = None
    """Confidence score of the conversion result. May be null.

    Wire name: ``Confidence``.
    """


_KNOWN = frozenset(AiAnalysisTaskHorizontalToVerticalOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiAnalysisTaskHorizontalToVerticalOutput:
    """Decode one ``AiAnalysisTaskHorizontalToVerticalOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiAnalysisTaskHorizontalToVerticalOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Path")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Path", "a string", v)
    o.path = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    v = get("Confidence")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Confidence", v)
    o.confidence = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiAnalysisTaskHorizontalToVerticalOutput, _structure)
