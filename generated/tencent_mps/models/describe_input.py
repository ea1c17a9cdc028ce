# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeInput``: the model and its codecs."""

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
class DescribeInput:
    """Configuration of a flow input as returned by queries: protocol, addresses, allowlist and
    protocol-specific settings.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_id": "InputId",
        "input_name": "InputName",
        "description": "Description",
        "protocol": "Protocol",
        "input_address_list": "InputAddressList",
        "allow_ip_list": "AllowIpList",
        "srt_settings": "SRTSettings",
        "rtp_settings": "RTPSettings",
        "input_region": "InputRegion",
        "rtmp_settings": "RTMPSettings",
        "fail_over": "FailOver",
        "rtmp_pull_settings": "RTMPPullSettings",
        "rtsp_pull_settings": "RTSPPullSettings",
        "hls_pull_settings": "HLSPullSettings",
        "resilient_stream": "ResilientStream",
        "security_group_ids": "SecurityGroupIds",
        "zones": "Zones",
        "rist_settings": "RISTSettings",
        "stream_urls": "StreamUrls",
    }
    """Attribute name -> wire name, for every field."""

    input_id: str | None = None
    """ID that identifies the input.

    Wire name: ``InputId``.
    """

    input_name: str | None = None
    """Name given to the input.

    Wire name: ``InputName``.
    """

    description: str | None = None
    """Description of the input. May be null if unavailable.

    Wire name: ``Description``.
    """

    protocol: str | None = None
    """Protocol of the input, for example SRT.

    Wire name: ``Protocol``.
    """

    input_address_list: list[models.InputAddress] | None = None
    """Addresses at which the input receives the stream.

    Wire name: ``InputAddressList``.
    """

    allow_ip_list: list[str] | None = None
    """IP allowlist of the input.

    Wire name: ``AllowIpList``.
    """

    srt_settings: models.DescribeInputSRTSettings | None = None
    """SRT settings of the input. May be null if unavailable.

    Wire name: ``SRTSettings``.
    """

    rtp_settings: models.DescribeInputRTPSettings | None = None
    """RTP settings of the input. May be null if unavailable.

    Wire name: ``RTPSettings``.
    """

    input_region: str | None = None
    """Region of the input, for example ap-hongkong.

    Wire name: ``InputRegion``.
    """

    rtmp_settings: models.DescribeInputRTMPSettings | None = None
    """RTMP push settings of the input.

    Wire name: ``RTMPSettings``.
    """

    fail_over: str | None = None
    """Primary/backup switch of the input, OPEN or CLOSE. May be null if unavailable.

    Wire name: ``FailOver``.
    """

    rtmp_pull_settings: models.DescribeInputRTMPPullSettings | None = None
    """RTMP_PULL settings of the input. May be null if unavailable.

    Wire name: ``RTMPPullSettings``.
    """

    rtsp_pull_settings: models.DescribeInputRTSPPullSettings | None = None
    """RTSP_PULL settings of the input. May be null if unavailable.

    Wire name: ``RTSPPullSettings``.
    """

    hls_pull_settings: models.DescribeInputHLSPullSettings | None = None
    """HLS_PULL settings of the input. May be null if unavailable.

    Wire name: ``HLSPullSettings``.
    """

    resilient_stream: models.ResilientStreamConf | None = None
    """Settings for delayed playout with smooth stream output. May be null if unavailable.

    Wire name: ``ResilientStream``.
    """

    security_group_ids: list[str] | None = None
    """IDs of the input security groups bound to the input. May be null if unavailable.

    Wire name: ``SecurityGroupIds``.
    """

    zones: list[str] | None = None
    """Availability zones of the input. With disaster recovery enabled there are up to two, in
    the order of pipelines 0 and 1; otherwise at most one.

    Wire name: ``Zones``.
    """

    rist_settings: models.DescribeInputRISTSettings | None = None
    """RIST settings of the input. May be null if unavailable.

    Wire name: ``RISTSettings``.
    """

    stream_urls: list[models.StreamUrlDetail] | None = None
    """URLs related to the input: the push addresses provided, or the third-party source
    addresses configured.

    Wire name: ``StreamUrls``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DescribeInput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "InputId",
        "InputName",
        "Description",
        "Protocol",
        "InputAddressList",
        "AllowIpList",
        "SRTSettings",
        "RTPSettings",
        "InputRegion",
        "RTMPSettings",
        "FailOver",
        "RTMPPullSettings",
        "RTSPPullSettings",
        "HLSPullSettings",
        "ResilientStream",
        "SecurityGroupIds",
        "Zones",
        "RISTSettings",
        "StreamUrls",
    }
)


def _structure(data: Any) -> DescribeInput:
    """Decode one ``DescribeInput`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("InputId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("InputId", "a string", v)
    o.input_id = v
    v = get("InputName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("InputName", "a string", v)
    o.input_name = v
    v = get("Description")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Description", "a string", v)
    o.description = v
    v = get("Protocol")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Protocol", "a string", v)
    o.protocol = v
    v = get("InputAddressList")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("InputAddressList", "an array", v)
        if v:
            f = _S["InputAddress"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("InputAddressList", v, f) from None
        else:
            v = []
    o.input_address_list = v
    v = get("AllowIpList")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("AllowIpList", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("AllowIpList", v, "a string", _d.is_str)
    o.allow_ip_list = v
    v = get("SRTSettings")
    if v is not None:
        n += 1
        try:
            v = _S["DescribeInputSRTSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("SRTSettings") from None
    o.srt_settings = v
    v = get("RTPSettings")
    if v is not None:
        n += 1
        try:
            v = _S["DescribeInputRTPSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("RTPSettings") from None
    o.rtp_settings = v
    v = get("InputRegion")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("InputRegion", "a string", v)
    o.input_region = v
    v = get("RTMPSettings")
    if v is not None:
        n += 1
        try:
            v = _S["DescribeInputRTMPSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("RTMPSettings") from None
    o.rtmp_settings = v
    v = get("FailOver")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FailOver", "a string", v)
    o.fail_over = v
    v = get("RTMPPullSettings")
    if v is not None:
        n += 1
        try:
            v = _S["DescribeInputRTMPPullSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("RTMPPullSettings") from None
    o.rtmp_pull_settings = v
    v = get("RTSPPullSettings")
    if v is not None:
        n += 1
        try:
            v = _S["DescribeInputRTSPPullSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("RTSPPullSettings") from None
    o.rtsp_pull_settings = v
    v = get("HLSPullSettings")
    if v is not None:
        n += 1
        try:
            v = _S["DescribeInputHLSPullSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("HLSPullSettings") from None
    o.hls_pull_settings = v
    v = get("ResilientStream")
    if v is not None:
        n += 1
        try:
            v = _S["ResilientStreamConf"](v)
        except DecodeError as e:
            raise e.with_prefix("ResilientStream") from None
    o.resilient_stream = v
    v = get("SecurityGroupIds")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("SecurityGroupIds", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("SecurityGroupIds", v, "a string", _d.is_str)
    o.security_group_ids = v
    v = get("Zones")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Zones", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Zones", v, "a string", _d.is_str)
    o.zones = v
    v = get("RISTSettings")
    if v is not None:
        n += 1
        try:
            v = _S["DescribeInputRISTSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("RISTSettings") from None
    o.rist_settings = v
    v = get("StreamUrls")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("StreamUrls", "an array", v)
        if v:
            f = _S["StreamUrlDetail"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("StreamUrls", v, f) from None
        else:
            v = []
    o.stream_urls = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DescribeInput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.input_id
    if v is not None:
        d["InputId"] = v
    v = o.input_name
    if v is not None:
        d["InputName"] = v
    v = o.description
    if v is not None:
        d["Description"] = v
    v = o.protocol
    if v is not None:
        d["Protocol"] = v
    v = o.input_address_list
    if v is not None:
        d["InputAddressList"] = [_d.wire(x) for x in v]
    v = o.allow_ip_list
    if v is not None:
        d["AllowIpList"] = list(v)
    v = o.srt_settings
    if v is not None:
        d["SRTSettings"] = _d.wire(v)
    v = o.rtp_settings
    if v is not None:
        d["RTPSettings"] = _d.wire(v)
    v = o.input_region
    if v is not None:
        d["InputRegion"] = v
    v = o.rtmp_settings
    if v is not None:
        d["RTMPSettings"] = _d.wire(v)
    v = o.fail_over
    if v is not None:
        d["FailOver"] = v
    v = o.rtmp_pull_settings
    if v is not None:
        d["RTMPPullSettings"] = _d.wire(v)
    v = o.rtsp_pull_settings
    if v is not None:
        d["RTSPPullSettings"] = _d.wire(v)
    v = o.hls_pull_settings
    if v is not None:
        d["HLSPullSettings"] = _d.wire(v)
    v = o.resilient_stream
    if v is not None:
        d["ResilientStream"] = _d.wire(v)
    v = o.security_group_ids
    if v is not None:
        d["SecurityGroupIds"] = list(v)
    v = o.zones
    if v is not None:
        d["Zones"] = list(v)
    v = o.rist_settings
    if v is not None:
        d["RISTSettings"] = _d.wire(v)
    v = o.stream_urls
    if v is not None:
        d["StreamUrls"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
