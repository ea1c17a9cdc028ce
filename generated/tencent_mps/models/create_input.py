# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateInput`` (sent in requests)."""

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
class CreateInput(Model):
    """Configuration of an input to create for a StreamLink flow: name, protocol and protocol-
    specific settings.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_name": "InputName",
        "protocol": "Protocol",
        "description": "Description",
        "allow_ip_list": "AllowIpList",
        "srt_settings": "SRTSettings",
        "rtp_settings": "RTPSettings",
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
        "str",
        "[str",
        "CreateInputSRTSettings",
        "CreateInputRTPSettings",
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

    input_name: str | None = None
    """Name of the input: letters, digits and underscores, 1 to 32 characters.

    Required in requests.

    Wire name: ``InputName``.
    """

    protocol: str | None = None
    """Protocol of the input: one of SRT, RTP, RTMP, RTMP_PULL, RTSP_PULL or RIST.

    Required in requests.

    Wire name: ``Protocol``.
    """

    description: str | None = None
    """Description of the input, 0 to 255 characters.

    Wire name: ``Description``.
    """

    allow_ip_list: list[str] | None = None
    """IP allowlist of the input, as CIDR blocks.

    Wire name: ``AllowIpList``.
    """

    srt_settings: models.CreateInputSRTSettings | None = None
    """SRT settings of the input; used when Protocol is SRT.

    Wire name: ``SRTSettings``.
    """

    rtp_settings: models.CreateInputRTPSettings | None = None
    """RTP settings of the input; used when Protocol is RTP.

    Wire name: ``RTPSettings``.
    """

    fail_over: str | None = None
    """Primary/backup switch of the input: OPEN or CLOSE. Defaults to CLOSE.

    Wire name: ``FailOver``.
    """

    rtmp_pull_settings: models.CreateInputRTMPPullSettings | None = None
    """RTMP pull settings of the input; used when Protocol is RTMP_PULL.

    Wire name: ``RTMPPullSettings``.
    """

    rtsp_pull_settings: models.CreateInputRTSPPullSettings | None = None
    """RTSP pull settings of the input; used when Protocol is RTSP_PULL.

    Wire name: ``RTSPPullSettings``.
    """

    hls_pull_settings: models.CreateInputHLSPullSettings | None = None
    """HLS pull settings of the input; used for HLS_PULL inputs.

    Wire name: ``HLSPullSettings``.
    """

    resilient_stream: models.ResilientStreamConf | None = None
    """Settings for delayed playout with smooth stream output.

    Wire name: ``ResilientStream``.
    """

    security_group_ids: list[str] | None = None
    """IDs of the input security groups bound to the input.

    Wire name: ``SecurityGroupIds``.
    """

    zones: list[str] | None = None
    """Availability zones, optional. With disaster recovery enabled, exactly two different
    zones must be given; otherwise at most one zone is allowed.

    Wire name: ``Zones``.
    """

    rist_settings: models.CreateInputRISTSettings | None = None
    """RIST settings of the input; used when Protocol is RIST.

    Wire name: ``RISTSettings``.
    """

    input_region: str | None = None
    """Region of the input node, for example ap-mumbai.

    Wire name: ``InputRegion``.
    """

    fail_over_option: models.FailOverOption | None = None
    """Options of hot or cold standby failover for the input.

    Wire name: ``FailOverOption``.
    """


_KNOWN = frozenset(CreateInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateInput:
    """Decode one ``CreateInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("InputName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("InputName", "a string", v)
    o.input_name = v
    v = get("Protocol")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Protocol", "a string", v)
    o.protocol = v
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


bind(CreateInput, _structure)
