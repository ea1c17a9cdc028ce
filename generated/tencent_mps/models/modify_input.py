# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyInput`` (sent in requests)."""

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
class ModifyInput(Model):
    """New settings of an existing StreamLink flow input, used by ModifyStreamLinkInput."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_id": "InputId",
        "input_name": "InputName",
        "description": "Description",
        "allow_ip_list": "AllowIpList",
        "srt_settings": "SRTSettings",
        "rtp_settings": "RTPSettings",
        "protocol": "Protocol",
        "fail_over": "FailOver",
        "rtmp_pull_settings": "RTMPPullSettings",
        "rtsp_pull_settings": "RTSPPullSettings",
        "hls_pull_settings": "HLSPullSettings",
        "resilient_stream": "ResilientStream",
        "security_group_ids": "SecurityGroupIds",
        "zones": "Zones",
        "rist_settings": "RISTSettings",
        "input_region": "InputRegion",
        "fail_over_option": "FailOverOption",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str!",
        "[str!",
        "CreateInputSRTSettings!",
        "CreateInputRTPSettings!",
        "str",
        "str",
        "CreateInputRTMPPullSettings",
        "CreateInputRTSPPullSettings",
        "CreateInputHLSPullSettings",
        "ResilientStreamConf",
        "[str",
        "[str",
        "CreateInputRISTSettings",
        "str",
        "FailOverOption",
    )

    input_id: str | None = None
    """ID of the input to modify. Required.

    Required in requests.

    Wire name: ``InputId``.
    """

    input_name: str | None = None
    """Name of the input. Required.

    Required in requests.

    Wire name: ``InputName``.
    """

    description: str | None = None
    """Description of the input. Required.

    Required in requests.

    Wire name: ``Description``.
    """

    allow_ip_list: list[str] | None = None
    """IP ranges allowed to push to the input, in CIDR format such as 0.0.0.0/0. Required.

    Required in requests.

    Wire name: ``AllowIpList``.
    """

    srt_settings: models.CreateInputSRTSettings | None = None
    """SRT settings of the input. Required.

    Required in requests.

    Wire name: ``SRTSettings``.
    """

    rtp_settings: models.CreateInputRTPSettings | None = None
    """RTP settings of the input. Required.

    Required in requests.

    Wire name: ``RTPSettings``.
    """

    protocol: str | None = None
    """Input protocol: SRT, RTP, RTMP, RTMP_PULL, RTSP_PULL or RIST.

    Wire name: ``Protocol``.
    """

    fail_over: str | None = None
    """Primary/backup switch of the input: OPEN or CLOSE.

    Wire name: ``FailOver``.
    """

    rtmp_pull_settings: models.CreateInputRTMPPullSettings | None = None
    """Pull settings used when Protocol is RTMP_PULL.

    Wire name: ``RTMPPullSettings``.
    """

    rtsp_pull_settings: models.CreateInputRTSPPullSettings | None = None
    """Pull settings used when Protocol is RTSP_PULL.

    Wire name: ``RTSPPullSettings``.
    """

    hls_pull_settings: models.CreateInputHLSPullSettings | None = None
    """Pull settings used when the input pulls HLS (HLS_PULL).

    Wire name: ``HLSPullSettings``.
    """

    resilient_stream: models.ResilientStreamConf | None = None
    """Delayed playout settings that smooth the output stream.

    Wire name: ``ResilientStream``.
    """

    security_group_ids: list[str] | None = None
    """IDs of the input security groups to bind; only one security group can be associated.

    Wire name: ``SecurityGroupIds``.
    """

    zones: list[str] | None = None
    """Availability zones, optional, at most two. When modifying, only the second zone takes
    part in resource allocation; it applies when the input has disaster recovery enabled or
    switches to or from RTSP_PULL, which reassigns addresses.

    Wire name: ``Zones``.
    """

    rist_settings: models.CreateInputRISTSettings | None = None
    """RIST settings of the input.

    Wire name: ``RISTSettings``.
    """

    input_region: str | None = None
    """Region of the input node, for example ap-shanghai.

    Wire name: ``InputRegion``.
    """

    fail_over_option: models.FailOverOption | None = None
    """Cold or hot standby settings for failover.

    Wire name: ``FailOverOption``.
    """


_KNOWN = frozenset(ModifyInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyInput:
    """Decode one ``ModifyInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyInput)
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
    v = get("AllowIpList")
    if v is not None:
        n += 1
        v = _d.str_list("AllowIpList", v)
    o.allow_ip_list = v
    v = get("SRTSettings")
    if v is not None:
        n += 1
        try:
            v = _S["CreateInputSRTSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("SRTSettings") from None
    o.srt_settings = v
    v = get("RTPSettings")
    if v is not None:
        n += 1
        try:
            v = _S["CreateInputRTPSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("RTPSettings") from None
    o.rtp_settings = v
    v = get("Protocol")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Protocol", "a string", v)
    o.protocol = v
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
            v = _S["CreateInputRTMPPullSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("RTMPPullSettings") from None
    o.rtmp_pull_settings = v
    v = get("RTSPPullSettings")
    if v is not None:
        n += 1
        try:
            v = _S["CreateInputRTSPPullSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("RTSPPullSettings") from None
    o.rtsp_pull_settings = v
    v = get("HLSPullSettings")
    if v is not None:
        n += 1
        try:
            v = _S["CreateInputHLSPullSettings"](v)
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
            v = _S["CreateInputRISTSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("RISTSettings") from None
    o.rist_settings = v
    v = get("InputRegion")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("InputRegion", "a string", v)
    o.input_region = v
    v = get("FailOverOption")
    if v is not None:
        n += 1
        try:
            v = _S["FailOverOption"](v)
        except DecodeError as e:
            raise e.with_prefix("FailOverOption") from None
    o.fail_over_option = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ModifyInput, _structure)
