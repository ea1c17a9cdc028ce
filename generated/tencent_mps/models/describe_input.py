# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeInput``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeInput(Model):
    """Configuration of a flow input as returned by queries: protocol, addresses, allowlist and
    protocol-specific settings.
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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "[InputAddress",
        "[str",
        "DescribeInputSRTSettings",
        "DescribeInputRTPSettings",
        "str",
        "DescribeInputRTMPSettings",
        "str",
        "DescribeInputRTMPPullSettings",
        "DescribeInputRTSPPullSettings",
        "DescribeInputHLSPullSettings",
        "ResilientStreamConf",
        "[str",
        "[str",
        "DescribeInputRISTSettings",
        "[StreamUrlDetail",
    )

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


_KNOWN = frozenset(DescribeInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeInput:
    """Decode one ``DescribeInput`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("InputAddressList", v, _S["InputAddress"])
    o.input_address_list = v
    v = get("AllowIpList")
    if v is not None:
        n += 1
        v = _d.str_list("AllowIpList", v)
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
        v = _d.str_list("SecurityGroupIds", v)
    o.security_group_ids = v
    v = get("Zones")
    if v is not None:
        n += 1
        v = _d.str_list("Zones", v)
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
        v = _d.objects("StreamUrls", v, _S["StreamUrlDetail"])
    o.stream_urls = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeInput, _structure)
