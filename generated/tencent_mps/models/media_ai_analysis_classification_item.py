# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaAiAnalysisClassificationItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaAiAnalysisClassificationItem(Model):
    """One category assigned to the media by intelligent classification."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "classification": "Classification",
        "confidence": "Confidence",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "float",
    )

    classification: str | None = None
    """Name of the category assigned to the media.

    Wire name: ``Classification``.
    """

    confidence: float | None = None
    """Confidence of the classification, from 0 to 100.

    Wire name: ``Confidence``.
    """


_KNOWN = frozenset(MediaAiAnalysisClassificationItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaAiAnalysisClassificationItem:
    """Decode one ``MediaAiAnalysisClassificationItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaAiAnalysisClassificationItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Classification")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Classification", "a string", v)
    o.classification = v
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


bind(MediaAiAnalysisClassificationItem, _structure)
