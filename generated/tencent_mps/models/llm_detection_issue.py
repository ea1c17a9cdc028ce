# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LLMDetectionIssue``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LLMDetectionIssue:
    """A quality issue found by large-model based media quality inspection, with its category,
    scores and time range.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LLMDetectionIssue:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Tag",
        "Description",
        "Score",
        "Confidence",
        "StartTimeMs",
        "EndTimeMs",
        "ExtraData",
    }
)


def _structure(data: Any) -> LLMDetectionIssue:
    """Decode one ``LLMDetectionIssue`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: LLMDetectionIssue) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.tag
    if v is not None:
        d["Tag"] = v
    v = o.description
    if v is not None:
        d["Description"] = v
    v = o.score
    if v is not None:
        d["Score"] = v
    v = o.confidence
    if v is not None:
        d["Confidence"] = v
    v = o.start_time_ms
    if v is not None:
        d["StartTimeMs"] = v
    v = o.end_time_ms
    if v is not None:
        d["EndTimeMs"] = v
    v = o.extra_data
    if v is not None:
        d["ExtraData"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
