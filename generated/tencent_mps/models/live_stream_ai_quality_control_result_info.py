# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamAiQualityControlResultInfo``."""

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
class LiveStreamAiQualityControlResultInfo(Model):
    """Quality control results of a live stream: content inspection findings and format diagnosis
    findings.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "quality_control_results": "QualityControlResults",
        "diagnose_results": "DiagnoseResults",
        "quality_control_result_set": "QualityControlResultSet",
        "diagnose_result_set": "DiagnoseResultSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[QualityControlResult",
        "[DiagnoseResult",
        "[QualityControlResult",
        "[DiagnoseResult",
    )

    quality_control_results: list[models.QualityControlResult] | None = None
    """Content quality inspection results. Deprecated; use QualityControlResultSet. May be null
    if unavailable.

    Deprecated: the service no longer uses this field.

    Wire name: ``QualityControlResults``.
    """

    diagnose_results: list[models.DiagnoseResult] | None = None
    """Format diagnosis results. Deprecated; use DiagnoseResultSet. May be null if unavailable.

    Deprecated: the service no longer uses this field.

    Wire name: ``DiagnoseResults``.
    """

    quality_control_result_set: list[models.QualityControlResult] | None = None
    """Content quality inspection results. May be null if unavailable.

    Wire name: ``QualityControlResultSet``.
    """

    diagnose_result_set: list[models.DiagnoseResult] | None = None
    """Format diagnosis results. May be null if unavailable.

    Wire name: ``DiagnoseResultSet``.
    """


_KNOWN = frozenset(LiveStreamAiQualityControlResultInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveStreamAiQualityControlResultInfo:
    """Decode one ``LiveStreamAiQualityControlResultInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveStreamAiQualityControlResultInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("QualityControlResults")
    if v is not None:
        n += 1
        v = _d.objects("QualityControlResults", v, _S["QualityControlResult"])
    o.quality_control_results = v
    v = get("DiagnoseResults")
    if v is not None:
        n += 1
        v = _d.objects("DiagnoseResults", v, _S["DiagnoseResult"])
    o.diagnose_results = v
    v = get("QualityControlResultSet")
    if v is not None:
        n += 1
        v = _d.objects("QualityControlResultSet", v, _S["QualityControlResult"])
    o.quality_control_result_set = v
    v = get("DiagnoseResultSet")
    if v is not None:
        n += 1
        v = _d.objects("DiagnoseResultSet", v, _S["DiagnoseResult"])
    o.diagnose_result_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveStreamAiQualityControlResultInfo, _structure)
