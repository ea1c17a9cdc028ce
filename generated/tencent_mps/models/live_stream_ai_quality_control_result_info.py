# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamAiQualityControlResultInfo``: the model and its codecs."""

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
class LiveStreamAiQualityControlResultInfo:
    """Quality control results of a live stream: content inspection findings and format diagnosis
    findings.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "quality_control_results": "QualityControlResults",
        "diagnose_results": "DiagnoseResults",
        "quality_control_result_set": "QualityControlResultSet",
        "diagnose_result_set": "DiagnoseResultSet",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LiveStreamAiQualityControlResultInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "QualityControlResults",
        "DiagnoseResults",
        "QualityControlResultSet",
        "DiagnoseResultSet",
    }
)


def _structure(data: Any) -> LiveStreamAiQualityControlResultInfo:
    """Decode one ``LiveStreamAiQualityControlResultInfo`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveStreamAiQualityControlResultInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("QualityControlResults")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("QualityControlResults", "an array", v)
        if v:
            f = _S["QualityControlResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("QualityControlResults", v, f) from None
        else:
            v = []
    o.quality_control_results = v
    v = get("DiagnoseResults")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("DiagnoseResults", "an array", v)
        if v:
            f = _S["DiagnoseResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("DiagnoseResults", v, f) from None
        else:
            v = []
    o.diagnose_results = v
    v = get("QualityControlResultSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("QualityControlResultSet", "an array", v)
        if v:
            f = _S["QualityControlResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("QualityControlResultSet", v, f) from None
        else:
            v = []
    o.quality_control_result_set = v
    v = get("DiagnoseResultSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("DiagnoseResultSet", "an array", v)
        if v:
            f = _S["DiagnoseResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("DiagnoseResultSet", v, f) from None
        else:
            v = []
    o.diagnose_result_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: LiveStreamAiQualityControlResultInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.quality_control_results
    if v is not None:
        d["QualityControlResults"] = [_d.wire(x) for x in v]
    v = o.diagnose_results
    if v is not None:
        d["DiagnoseResults"] = [_d.wire(x) for x in v]
    v = o.quality_control_result_set
    if v is not None:
        d["QualityControlResultSet"] = [_d.wire(x) for x in v]
    v = o.diagnose_result_set
    if v is not None:
        d["DiagnoseResultSet"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
