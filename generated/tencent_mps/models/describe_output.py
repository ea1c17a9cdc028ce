# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeOutput``."""

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
class DescribeOutput(Model):
    """Configuration of a flow output as returned by queries: protocol, region, addresses and
    protocol-specific settings.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "output_id": "OutputId",
        "output_name": "OutputName",
        "output_type": "OutputType",
        "output_kind": "OutputKind",
        "description": "Description",
        "protocol": "Protocol",
        "output_address_list": "OutputAddressList",
        "output_region": "OutputRegion",
        "srt_settings": "SRTSettings",
        "rtp_settings": "RTPSettings",
        "rtmp_settings": "RTMPSettings",
        "rtmp_pull_settings": "RTMPPullSettings",
        "allow_ip_list": "AllowIpList",
        "rtsp_pull_settings": "RTSPPullSettings",
        "hls_pull_settings": "HLSPullSettings",
        "max_concurrent": "MaxConcurrent",
        "security_group_ids": "SecurityGroupIds",
        "zones": "Zones",
        "rist_settings": "RISTSettings",
        "pid_selector": "PidSelector",
        "stream_urls": "StreamUrls",
        "stream_selector": "StreamSelector",
        "state": "State",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "[OutputAddress",
        "str",
        "DescribeOutputSRTSettings",
        "DescribeOutputRTPSettings",
        "DescribeOutputRTMPSettings",
        "DescribeOutputRTMPPullSettings",
        "[str",
        "DescribeOutputRTSPPullSettings",
        "DescribeOutputHLSPullSettings",
        "int",
        "[str",
        "[str",
        "DescribeOutputRISTSettings",
        "PidSelector",
        "[StreamUrlDetail",
        "StreamSelector",
        "str",
    )

    output_id: str | None = None
    """ID that identifies the output.

    Wire name: ``OutputId``.
    """

    output_name: str | None = None
    """Name given to the output.

    Wire name: ``OutputName``.
    """

    output_type: str | None = None
    """Destination type of the output, for example Internet or TencentCSS.

    Wire name: ``OutputType``.
    """

    output_kind: str | None = None
    """Output module kind: Pinpoint (single-point, up to four concurrent outputs; the default)
    or MultiMesh (more than four concurrent outputs, currently up to 200). A flow may have
    at most one MultiMesh output per region.

    Wire name: ``OutputKind``.
    """

    description: str | None = None
    """Description of the output. May be null if unavailable.

    Wire name: ``Description``.
    """

    protocol: str | None = None
    """Protocol of the output, for example RTMP.

    Wire name: ``Protocol``.
    """

    output_address_list: list[models.OutputAddress] | None = None
    """Egress addresses of the output.

    Wire name: ``OutputAddressList``.
    """

    output_region: str | None = None
    """Region of the output, for example ap-shanghai. May be null if unavailable.

    Wire name: ``OutputRegion``.
    """

    srt_settings: models.DescribeOutputSRTSettings | None = None
    """SRT settings of the output. May be null if unavailable.

    Wire name: ``SRTSettings``.
    """

    rtp_settings: models.DescribeOutputRTPSettings | None = None
    """RTP settings of the output. May be null if unavailable.

    Wire name: ``RTPSettings``.
    """

    rtmp_settings: models.DescribeOutputRTMPSettings | None = None
    """RTMP push settings of the output. May be null if unavailable.

    Wire name: ``RTMPSettings``.
    """

    rtmp_pull_settings: models.DescribeOutputRTMPPullSettings | None = None
    """RTMP pull settings of the output. May be null if unavailable.

    Wire name: ``RTMPPullSettings``.
    """

    allow_ip_list: list[str] | None = None
    """Allowlist of CIDR blocks; applies only when Protocol is RTMP_PULL, and empty means any
    client IP is allowed. May be null if unavailable.

    Wire name: ``AllowIpList``.
    """

    rtsp_pull_settings: models.DescribeOutputRTSPPullSettings | None = None
    """RTSP pull settings of the output. May be null if unavailable.

    Wire name: ``RTSPPullSettings``.
    """

    hls_pull_settings: models.DescribeOutputHLSPullSettings | None = None
    """HLS pull settings of the output. May be null if unavailable.

    Wire name: ``HLSPullSettings``.
    """

    max_concurrent: int | None = None
    """Maximum number of concurrent pulls, at most 4. Defaults to 4.

    Wire name: ``MaxConcurrent``.
    """

    security_group_ids: list[str] | None = None
    """IDs of the security groups bound to the output. May be null if unavailable.

    Wire name: ``SecurityGroupIds``.
    """

    zones: list[str] | None = None
    """Availability zone of the output; currently at most one.

    Wire name: ``Zones``.
    """

    rist_settings: models.DescribeOutputRISTSettings | None = None
    """RIST settings of the output. May be null if unavailable.

    Wire name: ``RISTSettings``.
    """

    pid_selector: models.PidSelector | None = None
    """Deprecated. Tracks selected by PID when the stream carries several audio/video tracks.

    Deprecated: the service no longer uses this field.

    Wire name: ``PidSelector``.
    """

    stream_urls: list[models.StreamUrlDetail] | None = None
    """URLs related to the output: the pull addresses provided, or the third-party push
    addresses configured.

    Wire name: ``StreamUrls``.
    """

    stream_selector: models.StreamSelector | None = None
    """Tracks selected for output when the stream carries several audio/video tracks.

    Wire name: ``StreamSelector``.
    """

    state: str | None = None
    """Whether the output is enabled or disabled.

    Known values (:class:`tencent_mps.enums.DescribeOutputState`); others may appear:
    ``DISABLED``: output disabled
    ``ENABLED``: output enabled

    Wire name: ``State``.
    """


_KNOWN = frozenset(DescribeOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeOutput:
    """Decode one ``DescribeOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("OutputId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputId", "a string", v)
    o.output_id = v
    v = get("OutputName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputName", "a string", v)
    o.output_name = v
    v = get("OutputType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputType", "a string", v)
    o.output_type = v
    v = get("OutputKind")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputKind", "a string", v)
    o.output_kind = v
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
    v = get("OutputAddressList")
    if v is not None:
        n += 1
        v = _d.objects("OutputAddressList", v, _S["OutputAddress"])
    o.output_address_list = v
    v = get("OutputRegion")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputRegion", "a string", v)
    o.output_region = v
    v = get("SRTSettings")
    if v is not None:
        n += 1
        try:
            v = _S["DescribeOutputSRTSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("SRTSettings") from None
    o.srt_settings = v
    v = get("RTPSettings")
    if v is not None:
        n += 1
        try:
            v = _S["DescribeOutputRTPSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("RTPSettings") from None
    o.rtp_settings = v
    v = get("RTMPSettings")
    if v is not None:
        n += 1
        try:
            v = _S["DescribeOutputRTMPSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("RTMPSettings") from None
    o.rtmp_settings = v
    v = get("RTMPPullSettings")
    if v is not None:
        n += 1
        try:
            v = _S["DescribeOutputRTMPPullSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("RTMPPullSettings") from None
    o.rtmp_pull_settings = v
    v = get("AllowIpList")
    if v is not None:
        n += 1
        v = _d.str_list("AllowIpList", v)
    o.allow_ip_list = v
    v = get("RTSPPullSettings")
    if v is not None:
        n += 1
        try:
            v = _S["DescribeOutputRTSPPullSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("RTSPPullSettings") from None
    o.rtsp_pull_settings = v
    v = get("HLSPullSettings")
    if v is not None:
        n += 1
        try:
            v = _S["DescribeOutputHLSPullSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("HLSPullSettings") from None
    o.hls_pull_settings = v
    v = get("MaxConcurrent")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("MaxConcurrent", "an integer", v)
    o.max_concurrent = v
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
            v = _S["DescribeOutputRISTSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("RISTSettings") from None
    o.rist_settings = v
    v = get("PidSelector")
    if v is not None:
        n += 1
        try:
            v = _S["PidSelector"](v)
        except DecodeError as e:
            raise e.with_prefix("PidSelector") from None
    o.pid_selector = v
    v = get("StreamUrls")
    if v is not None:
        n += 1
        v = _d.objects("StreamUrls", v, _S["StreamUrlDetail"])
    o.stream_urls = v
    v = get("StreamSelector")
    if v is not None:
        n += 1
        try:
            v = _S["StreamSelector"](v)
        except DecodeError as e:
            raise e.with_prefix("StreamSelector") from None
    o.stream_selector = v
    v = get("State")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("State", "a string", v)
    o.state = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeOutput, _structure)
