# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeUsageDataRequest`` (sent in requests)."""

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
class DescribeUsageDataRequest(Model):
    """Request of DescribeUsageData: the date range, task types and regions to report usage for."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "start_time": "StartTime",
        "end_time": "EndTime",
        "types": "Types",
        "process_regions": "ProcessRegions",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "datetime!",
        "datetime!",
        "[str",
        "[str",
    )

    start_time: datetime | str | None = None
    """Start date of the query in ISO 8601 format.

    Required in requests.

    Wire name: ``StartTime``.
    """

    end_time: datetime | str | None = None
    """End date of the query in ISO 8601 format, such as 2019-07-16T06:21:28Z; must not be
    earlier than StartTime.

    Required in requests.

    Wire name: ``EndTime``.
    """

    types: list[str] | None = None
    """Media processing task types to report; defaults to Transcode.

    Known values (:class:`tencent_mps.enums.DescribeUsageDataRequestTypes`); others may appear:
    ``Transcode``: transcoding
    ``Enhance``: enhancement
    ``AIAnalysis``: intelligent analysis
    ``AIRecognition``: intelligent recognition
    ``AIReview``: content moderation
    ``Snapshot``: screenshots
    ``AnimatedGraphics``: animated image generation
    ``AiQualityControl``: media quality control
    ``Evaluation``: video evaluation
    ``ImageProcess``: image processing
    ``AddBlindWatermark``: adding a basic copyright digital watermark
    ``AddNagraWatermark``: adding a nagra digital watermark
    ``ExtractBlindWatermark``: extracting a basic copyright digital watermark
    ``AIGCVideo``: aigc video generation
    ``AIGCImage``: aigc image generation

    Wire name: ``Types``.
    """

    process_regions: list[str] | None = None
    """Processing regions to report; defaults to ap-guangzhou.

    Known values (:class:`tencent_mps.enums.DescribeUsageDataRequestProcessRegions`); others may appear:
    ``ap-guangzhou``: guangzhou
    ``ap-hongkong``: hong kong, china
    ``ap-taipei``: taipei, china
    ``ap-singapore``: singapore
    ``ap-mumbai``: mumbai, india
    ``ap-jakarta``: jakarta
    ``ap-seoul``: seoul
    ``ap-bangkok``: bangkok
    ``ap-tokyo``: tokyo, japan
    ``na-siliconvalley``: silicon valley
    ``na-ashburn``: virginia (ashburn)
    ``na-toronto``: toronto
    ``sa-saopaulo``: sao paulo
    ``eu-frankfurt``: frankfurt
    ``eu-moscow``: moscow, russia
    ``aws``: aws

    Wire name: ``ProcessRegions``.
    """


_KNOWN = frozenset(DescribeUsageDataRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeUsageDataRequest:
    """Decode one ``DescribeUsageDataRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeUsageDataRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
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
    v = get("Types")
    if v is not None:
        n += 1
        v = _d.str_list("Types", v)
    o.types = v
    v = get("ProcessRegions")
    if v is not None:
        n += 1
        v = _d.str_list("ProcessRegions", v)
    o.process_regions = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeUsageDataRequest, _structure)
