# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LLMDetectionReport``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LLMDetectionReport(Model):
    """Report of a large-language-model based detection, summarizing the number of results and each
    detection item.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "result_count": "ResultCount",
        "result_set": "ResultSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "[LLMDetectionResultItem",
    )

    result_count: int | None = None
    """Number of detection results.

    Wire name: ``ResultCount``.
    """

    result_set: list[models.LLMDetectionResultItem] | None = None
    """Results for each detection item.

    Wire name: ``ResultSet``.
    """


_KNOWN = frozenset(LLMDetectionReport.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LLMDetectionReport:
    """Decode one ``LLMDetectionReport`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LLMDetectionReport)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ResultCount")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ResultCount", "an integer", v)
    o.result_count = v
    v = get("ResultSet")
    if v is not None:
        n += 1
        v = _d.objects("ResultSet", v, _S["LLMDetectionResultItem"])
    o.result_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LLMDetectionReport, _structure)
