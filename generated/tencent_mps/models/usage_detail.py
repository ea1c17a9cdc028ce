# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``UsageDetail``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class UsageDetail(Model):
    """SSAI usage figures for one ad insertion configuration and ad type over a time slot."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "uniq_id": "UniqId",
        "channel_id": "ChannelId",
        "channel_name": "ChannelName",
        "ad_type": "AdType",
        "ad_request_success": "AdRequestSuccess",
        "ad_request_fail": "AdRequestFail",
        "impression": "Impression",
        "start": "Start",
        "first_quarter": "FirstQuarter",
        "midpoint": "Midpoint",
        "third_quarter": "ThirdQuarter",
        "complete": "Complete",
        "ad_marker_time": "AdMarkerTime",
        "replaced_time": "ReplacedTime",
        "mid_fill_rate": "MidFillRate",
        "pre_req_num": "PreReqNum",
        "pre_replaced_num": "PreReplacedNum",
        "pre_replace_rate": "PreReplaceRate",
        "ad_marker_found": "ADMarkerFound",
        "make_ads_request": "MakeAdsRequest",
        "vast_response": "VASTResponse",
        "filled_avail": "FilledAvail",
        "warning_no_ad": "WarningNoAd",
        "error_ads_timeout": "ErrorAdsTimeout",
        "empty_vast_response": "EmptyVASTResponse",
        "empty_vmap_response": "EmptyVMAPResponse",
        "date": "Date",
        "start_time": "StartTime",
        "end_time": "EndTime",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "int",
        "int",
        "int",
        "int",
        "int",
        "int",
        "int",
        "int",
        "float",
        "float",
        "float",
        "int",
        "int",
        "float",
        "int",
        "int",
        "int",
        "int",
        "int",
        "int",
        "int",
        "int",
        "str",
        "datetime",
        "datetime",
    )

    uniq_id: str | None = None
    """Unique internal identifier (uniq_id) of the ad insertion configuration.

    Wire name: ``UniqId``.
    """

    channel_id: str | None = None
    """ID of the ad insertion configuration.

    Wire name: ``ChannelId``.
    """

    channel_name: str | None = None
    """Name of the ad insertion configuration.

    Wire name: ``ChannelName``.
    """

    ad_type: str | None = None
    """Ad type these figures refer to, for example AVOD.

    Wire name: ``AdType``.
    """

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

    start: int | None = None
    """Number of times ad playback started.

    Wire name: ``Start``.
    """

    first_quarter: int | None = None
    """Number of times ad playback reached one quarter of the ad.

    Wire name: ``FirstQuarter``.
    """

    midpoint: int | None = None
    """Number of times ad playback reached the midpoint of the ad.

    Wire name: ``Midpoint``.
    """

    third_quarter: int | None = None
    """Number of times ad playback reached three quarters of the ad.

    Wire name: ``ThirdQuarter``.
    """

    complete: int | None = None
    """Number of times an ad was played to completion.

    Wire name: ``Complete``.
    """

    ad_marker_time: float | None = None
    """Total time covered by mid-roll ad markers.

    Wire name: ``AdMarkerTime``.
    """

    replaced_time: float | None = None
    """Total time replaced by personalized mid-roll ads.

    Wire name: ``ReplacedTime``.
    """

    mid_fill_rate: float | None = None
    """Fill rate of personalized mid-roll ads.

    Wire name: ``MidFillRate``.
    """

    pre_req_num: int | None = None
    """Number of pre-roll ad requests.

    Wire name: ``PreReqNum``.
    """

    pre_replaced_num: int | None = None
    """Number of pre-roll ads actually replaced.

    Wire name: ``PreReplacedNum``.
    """

    pre_replace_rate: float | None = None
    """Replacement rate of pre-roll ads.

    Wire name: ``PreReplaceRate``.
    """

    ad_marker_found: int | None = None
    """Number of times an ad marker was found in the manifest.

    Wire name: ``ADMarkerFound``.
    """

    make_ads_request: int | None = None
    """Number of ad requests sent to the ADS.

    Wire name: ``MakeAdsRequest``.
    """

    vast_response: int | None = None
    """Number of VAST responses received from the ADS.

    Wire name: ``VASTResponse``.
    """

    filled_avail: int | None = None
    """Number of times an ad avail was filled successfully.

    Wire name: ``FilledAvail``.
    """

    warning_no_ad: int | None = None
    """Number of times a problem occurred while performing ad replacement.

    Wire name: ``WarningNoAd``.
    """

    error_ads_timeout: int | None = None
    """Number of times the ADS timed out.

    Wire name: ``ErrorAdsTimeout``.
    """

    empty_vast_response: int | None = None
    """Number of times the ADS returned an empty VAST response.

    Wire name: ``EmptyVASTResponse``.
    """

    empty_vmap_response: int | None = None
    """Number of times the ADS returned an empty VMAP response.

    Wire name: ``EmptyVMAPResponse``.
    """

    date: str | None = None
    """Date the figures belong to, in YYYY-MM-DD form.

    Wire name: ``Date``.
    """

    start_time: datetime | None = None
    """Start of the time slot, as an ISO 8601 time with offset.

    Wire name: ``StartTime``.
    """

    end_time: datetime | None = None
    """End of the time slot, as an ISO 8601 time with offset.

    Wire name: ``EndTime``.
    """


_KNOWN = frozenset(UsageDetail.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> UsageDetail:
    """Decode one ``UsageDetail`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(UsageDetail)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("UniqId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UniqId", "a string", v)
    o.uniq_id = v
    v = get("ChannelId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ChannelId", "a string", v)
    o.channel_id = v
    v = get("ChannelName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ChannelName", "a string", v)
    o.channel_name = v
    v = get("AdType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AdType", "a string", v)
    o.ad_type = v
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
    v = get("Start")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Start", "an integer", v)
    o.start = v
    v = get("FirstQuarter")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("FirstQuarter", "an integer", v)
    o.first_quarter = v
    v = get("Midpoint")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Midpoint", "an integer", v)
    o.midpoint = v
    v = get("ThirdQuarter")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ThirdQuarter", "an integer", v)
    o.third_quarter = v
    v = get("Complete")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Complete", "an integer", v)
    o.complete = v
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
    v = get("MidFillRate")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("MidFillRate", v)
    o.mid_fill_rate = v
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
    v = get("PreReplaceRate")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("PreReplaceRate", v)
    o.pre_replace_rate = v
    v = get("ADMarkerFound")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ADMarkerFound", "an integer", v)
    o.ad_marker_found = v
    v = get("MakeAdsRequest")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("MakeAdsRequest", "an integer", v)
    o.make_ads_request = v
    v = get("VASTResponse")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("VASTResponse", "an integer", v)
    o.vast_response = v
    v = get("FilledAvail")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("FilledAvail", "an integer", v)
    o.filled_avail = v
    v = get("WarningNoAd")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("WarningNoAd", "an integer", v)
    o.warning_no_ad = v
    v = get("ErrorAdsTimeout")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ErrorAdsTimeout", "an integer", v)
    o.error_ads_timeout = v
    v = get("EmptyVASTResponse")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("EmptyVASTResponse", "an integer", v)
    o.empty_vast_response = v
    v = get("EmptyVMAPResponse")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("EmptyVMAPResponse", "an integer", v)
    o.empty_vmap_response = v
    v = get("Date")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Date", "a string", v)
    o.date = v
    v = get("StartTime")
    if v is not None:
        n += 1
        v = _t.decode("StartTime", v)
    o.start_time = v
    v = get("EndTime")
    if v is not None:
        n += 1
        v = _t.decode("EndTime", v)
    o.end_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(UsageDetail, _structure)
