# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyOutputInfo`` (sent in requests)."""

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
class ModifyOutputInfo(Model):
    """New settings of an existing StreamLink flow output, used by ModifyStreamLinkOutputInfo."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "output_id": "OutputId",
        "output_name": "OutputName",
        "description": "Description",
        "protocol": "Protocol",
        "output_kind": "OutputKind",
        "srt_settings": "SRTSettings",
        "rtp_settings": "RTPSettings",
        "rtmp_settings": "RTMPSettings",
        "allow_ip_list": "AllowIpList",
        "max_concurrent": "MaxConcurrent",
        "security_group_ids": "SecurityGroupIds",
        "zones": "Zones",
        "rist_settings": "RISTSettings",
        "output_type": "OutputType",
        "pid_selector": "PidSelector",
        "stream_selector": "StreamSelector",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str!",
        "str!",
        "str",
        "CreateOutputSRTSettings",
        "CreateOutputInfoRTPSettings",
        "CreateOutputRTMPSettings",
        "[str",
        "int",
        "[str",
        "[str",
        "CreateOutputRistSettings",
        "str",
        "PidSelector",
        "StreamSelector",
    )

    output_id: str | None = None
    """ID of the output to modify. Required.

    Required in requests.

    Wire name: ``OutputId``.
    """

    output_name: str | None = None
    """Name of the output. Required.

    Required in requests.

    Wire name: ``OutputName``.
    """

    description: str | None = None
    """Description of the output. Required.

    Required in requests.

    Wire name: ``Description``.
    """

    protocol: str | None = None
    """Protocol of the output: SRT, RTP, RTMP, RTMP_PULL, RTSP_PULL or RIST. Required.

    Required in requests.

    Wire name: ``Protocol``.
    """

    output_kind: str | None = None
    """Output module kind: Pinpoint (single-point, up to four concurrent outputs) or MultiMesh
    (more than four, currently up to 200). Defaults to Pinpoint; a flow can have at most one
    MultiMesh output per region.

    Wire name: ``OutputKind``.
    """

    srt_settings: models.CreateOutputSRTSettings | None = None
    """Settings for pushing the output over SRT.

    Wire name: ``SRTSettings``.
    """

    rtp_settings: models.CreateOutputInfoRTPSettings | None = None
    """Settings for pushing the output over RTP.

    Wire name: ``RTPSettings``.
    """

    rtmp_settings: models.CreateOutputRTMPSettings | None = None
    """Settings for pushing the output over RTMP.

    Wire name: ``RTMPSettings``.
    """

    allow_ip_list: list[str] | None = None
    """IP allowlist in CIDR format, such as 0.0.0.0/0. Applies only when Protocol is RTMP_PULL;
    empty means any client IP may pull.

    Wire name: ``AllowIpList``.
    """

    max_concurrent: int | None = None
    """Maximum number of concurrent pulls, at most 4. Defaults to 4.

    Wire name: ``MaxConcurrent``.
    """

    security_group_ids: list[str] | None = None
    """IDs of the security groups to bind; only one security group can be associated.

    Wire name: ``SecurityGroupIds``.
    """

    zones: list[str] | None = None
    """Availability zones of the output, for example ap-shanghai-1.

    Wire name: ``Zones``.
    """

    rist_settings: models.CreateOutputRistSettings | None = None
    """Settings for pushing the output over RIST.

    Wire name: ``RISTSettings``.
    """

    output_type: str | None = None
    """Destination type of the output: Internet, TencentCSS or StreamLive.

    Wire name: ``OutputType``.
    """

    pid_selector: models.PidSelector | None = None
    """Selects the audio and video tracks to use from a stream with several tracks. Deprecated;
    use StreamSelector.

    Deprecated: the service no longer uses this field.

    Wire name: ``PidSelector``.
    """

    stream_selector: models.StreamSelector | None = None
    """Selects the audio and video tracks to use from a stream with several tracks.

    Wire name: ``StreamSelector``.
    """


_KNOWN = frozenset(ModifyOutputInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyOutputInfo:
    """Decode one ``ModifyOutputInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyOutputInfo)
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
    v = get("OutputKind")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputKind", "a string", v)
    o.output_kind = v
    v = get("SRTSettings")
    if v is not None:
        n += 1
        try:
            v = _S["CreateOutputSRTSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("SRTSettings") from None
    o.srt_settings = v
    v = get("RTPSettings")
    if v is not None:
        n += 1
        try:
            v = _S["CreateOutputInfoRTPSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("RTPSettings") from None
    o.rtp_settings = v
    v = get("RTMPSettings")
    if v is not None:
        n += 1
        try:
            v = _S["CreateOutputRTMPSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("RTMPSettings") from None
    o.rtmp_settings = v
    v = get("AllowIpList")
    if v is not None:
        n += 1
        v = _d.str_list("AllowIpList", v)
    o.allow_ip_list = v
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
            v = _S["CreateOutputRistSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("RISTSettings") from None
    o.rist_settings = v
    v = get("OutputType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputType", "a string", v)
    o.output_type = v
    v = get("PidSelector")
    if v is not None:
        n += 1
        try:
            v = _S["PidSelector"](v)
        except DecodeError as e:
            raise e.with_prefix("PidSelector") from None
    o.pid_selector = v
    v = get("StreamSelector")
    if v is not None:
        n += 1
        try:
            v = _S["StreamSelector"](v)
        except DecodeError as e:
            raise e.with_prefix("StreamSelector") from None
    o.stream_selector = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ModifyOutputInfo, _structure)
