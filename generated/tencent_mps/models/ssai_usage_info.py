# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SSAIUsageInfo``."""

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
class SSAIUsageInfo(Model):
    """SSAI usage statistics: ad request counts, impressions, fill and replacement figures, with
    optional per-configuration detail.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "ad_request_success": "AdRequestSuccess",
        "ad_request_fail": "AdRequestFail",
        "impression": "Impression",
        "mid_fill_rate": "MidFillRate",
        "ad_marker_time": "AdMarkerTime",
        "replaced_time": "ReplacedTime",
        "pre_replace_rate": "PreReplaceRate",
        "pre_req_num": "PreReqNum",
        "pre_replaced_num": "PreReplacedNum",
        "usage_details": "UsageDetails",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "int",
        "float",
        "float",
        "float",
        "float",
        "int",
        "int",
        "[UsageDetail",
    )

    ad_request_success: int | None = None
    """Number of successful ad requests.

    Wire name: ``AdRequestSuccess``.
    """

    ad_request_fail: int | None = None
    """Number of failed ad requests.

    Wire name: ``AdRequestFail``.
    """

    impression: int | None = None
    """Number of ad impressions.

    Wire name: ``Impression``.
    """

    mid_fill_rate: float | None = None
    """Fill rate of personalized mid-roll ads.

    Wire name: ``MidFillRate``.
    """

    ad_marker_time: float | None = None
    """Total time covered by mid-roll ad markers.

    Wire name: ``AdMarkerTime``.
    """

    replaced_time: float | None = None
    """Total time replaced by personalized mid-roll ads.

    Wire name: ``ReplacedTime``.
    """

    pre_replace_rate: float | None = None
    """Replacement rate of pre-roll ads.

    Wire name: ``PreReplaceRate``.
    """

    pre_req_num: int | None = None
    """Number of pre-roll ad requests.

    Wire name: ``PreReqNum``.
    """

    pre_replaced_num: int | None = None
    """Number of pre-roll ads actually replaced.

    Wire name: ``PreReplacedNum``.
    """

    usage_details: list[models.UsageDetail] | None = None
    """Usage details broken down by ad insertion configuration. May be null if unavailable.

    Wire name: ``UsageDetails``.
    """


_KNOWN = frozenset(SSAIUsageInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SSAIUsageInfo:
    """Decode one ``SSAIUsageInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SSAIUsageInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("AdRequestSuccess")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("AdRequestSuccess", "an integer", v)
    o.ad_request_success = v
    v = get("AdRequestFail")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("AdRequestFail", "an integer", v)
    o.ad_request_fail = v
    v = get("Impression")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Impression", "an integer", v)
    o.impression = v
    v = get("MidFillRate")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("MidFillRate", v)
    o.mid_fill_rate = v
    v = get("AdMarkerTime")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("AdMarkerTime", v)
    o.ad_marker_time = v
    v = get("ReplacedTime")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("ReplacedTime", v)
    o.replaced_time = v
    v = get("PreReplaceRate")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("PreReplaceRate", v)
    o.pre_replace_rate = v
    v = get("PreReqNum")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("PreReqNum", "an integer", v)
    o.pre_req_num = v
    v = get("PreReplacedNum")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("PreReplacedNum", "an integer", v)
    o.pre_replaced_num = v
    v = get("UsageDetails")
    if v is not None:
        n += 1
        v = _d.objects("UsageDetails", v, _S["UsageDetail"])
    o.usage_details = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SSAIUsageInfo, _structure)
