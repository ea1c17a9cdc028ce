# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamAiAnalysisResultInfo``."""

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
class LiveStreamAiAnalysisResultInfo(Model):
    """Results of AI analysis on a live stream, one entry per analysis subtask."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "result_set": "ResultSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("[LiveStreamAiAnalysisResultItem",)

    result_set: list[models.LiveStreamAiAnalysisResultItem] | None = None
    """Results of the analysis subtasks; supported kinds are live splitting, live highlights
    and live summary. May be null if unavailable.

    Wire name: ``ResultSet``.
    """


_KNOWN = frozenset(LiveStreamAiAnalysisResultInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveStreamAiAnalysisResultInfo:
    """Decode one ``LiveStreamAiAnalysisResultInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveStreamAiAnalysisResultInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ResultSet")
    if v is not None:
        n += 1
        v = _d.objects("ResultSet", v, _S["LiveStreamAiAnalysisResultItem"])
    o.result_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveStreamAiAnalysisResultInfo, _structure)
