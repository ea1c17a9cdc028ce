# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LLMDetectionIssue``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LLMDetectionIssue(Model):
    """A quality issue found by large-model based media quality inspection, with its category,
    scores and time range.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "tag": "Tag",
        "description": "Description",
        "score": "Score",
        "confidence": "Confidence",
        "start_time_ms": "StartTimeMs",
        "end_time_ms": "EndTimeMs",
        "extra_data": "ExtraData",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "float",
        "float",
        "int",
        "int",
        "str",
    )

    tag: str | None = None
    """Category tag of the issue.

    Wire name: ``Tag``.
    """

    description: str | None = None
    """Text description of the issue.

    Wire name: ``Description``.
    """

    score: float | None = None
    """Quality score associated with the issue, from 0 to 100.

    Wire name: ``Score``.
    """

    confidence: float | None = None
    """Confidence of the issue judgment, from 0 to 100.

    Wire name: ``Confidence``.
    """

    start_time_ms: int | None = None
    """Start time of the issue, in milliseconds.

    Unit: ms.

    Wire name: ``StartTimeMs``.
    """

    end_time_ms: int | None = None
    """End time of the issue, in milliseconds.

    Unit: ms.

    Wire name: ``EndTimeMs``.
    """

    extra_data: str | None = None
    """Additional information as a JSON string, such as the severity level.

    Wire name: ``ExtraData``.
    """


_KNOWN = frozenset(LLMDetectionIssue.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LLMDetectionIssue:
    """Decode one ``LLMDetectionIssue`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LLMDetectionIssue)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Tag")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Tag", "a string", v)
    o.tag = v
    v = get("Description")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Description", "a string", v)
    o.description = v
    v = get("Score")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Score", v)
    o.score = v
    v = get("Confidence")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Confidence", v)
    o.confidence = v
    v = get("StartTimeMs")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("StartTimeMs", "an integer", v)
    o.start_time_ms = v
    v = get("EndTimeMs")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("EndTimeMs", "an integer", v)
    o.end_time_ms = v
    v = get("ExtraData")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ExtraData", "a string", v)
    o.extra_data = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LLMDetectionIssue, _structure)
