# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeUsageDataRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeUsageDataRequest:
    """Request of DescribeUsageData: the date range, task types and regions to report usage for.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "start_time": "StartTime",
        "end_time": "EndTime",
        "types": "Types",
        "process_regions": "ProcessRegions",
    }
    """Attribute name -> wire name, for every field."""

    start_time: str | None = None
    """Start date of the query in ISO 8601 format.

    Required in requests.

    Wire name: ``StartTime``.
    """

    end_time: str | None = None
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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DescribeUsageDataRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "StartTime",
        "EndTime",
        "Types",
        "ProcessRegions",
    }
)


def _structure(data: Any) -> DescribeUsageDataRequest:
    """Decode one ``DescribeUsageDataRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeUsageDataRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("StartTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("StartTime", "a string", v)
    o.start_time = v
    v = get("EndTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EndTime", "a string", v)
    o.end_time = v
    v = get("Types")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Types", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Types", v, "a string", _d.is_str)
    o.types = v
    v = get("ProcessRegions")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ProcessRegions", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("ProcessRegions", v, "a string", _d.is_str)
    o.process_regions = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DescribeUsageDataRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.start_time
    if v is not None:
        d["StartTime"] = v
    v = o.end_time
    if v is not None:
        d["EndTime"] = v
    v = o.types
    if v is not None:
        d["Types"] = list(v)
    v = o.process_regions
    if v is not None:
        d["ProcessRegions"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DescribeUsageDataRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DescribeUsageDataRequest:
        o = _e.as_model(o, DescribeUsageDataRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.start_time
    if v is None:
        raise _e.missing("StartTime", "a string")
    if type(v) is not str:
        v = _e.as_str("StartTime", v)
    d["StartTime"] = v
    v = o.end_time
    if v is None:
        raise _e.missing("EndTime", "a string")
    if type(v) is not str:
        v = _e.as_str("EndTime", v)
    d["EndTime"] = v
    v = o.types
    if v is not None:
        d["Types"] = _e.strs("Types", v)
    v = o.process_regions
    if v is not None:
        d["ProcessRegions"] = _e.strs("ProcessRegions", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
