# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyInput``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ModifyInput:
    """New settings of an existing StreamLink flow input, used by ModifyStreamLinkInput.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModifyInput:
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
        "AllowIpList",
        "SRTSettings",
        "RTPSettings",
        "Protocol",
        "FailOver",
        "RTMPPullSettings",
        "RTSPPullSettings",
        "HLSPullSettings",
        "ResilientStream",
        "SecurityGroupIds",
        "Zones",
        "RISTSettings",
        "InputRegion",
        "FailOverOption",
    }
)


def _structure(data: Any) -> ModifyInput:
    """Decode one ``ModifyInput`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ModifyInput) -> dict[str, Any]:
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
    v = o.allow_ip_list
    if v is not None:
        d["AllowIpList"] = list(v)
    v = o.srt_settings
    if v is not None:
        d["SRTSettings"] = _d.wire(v)
    v = o.rtp_settings
    if v is not None:
        d["RTPSettings"] = _d.wire(v)
    v = o.protocol
    if v is not None:
        d["Protocol"] = v
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
    v = o.input_region
    if v is not None:
        d["InputRegion"] = v
    v = o.fail_over_option
    if v is not None:
        d["FailOverOption"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ModifyInput`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ModifyInput:
        o = _e.as_model(o, ModifyInput)
    d: dict[str, Any] = {}
    v: Any
    v = o.input_id
    if v is None:
        raise _e.missing("InputId", "a string")
    if type(v) is not str:
        v = _e.as_str("InputId", v)
    d["InputId"] = v
    v = o.input_name
    if v is None:
        raise _e.missing("InputName", "a string")
    if type(v) is not str:
        v = _e.as_str("InputName", v)
    d["InputName"] = v
    v = o.description
    if v is None:
        raise _e.missing("Description", "a string")
    if type(v) is not str:
        v = _e.as_str("Description", v)
    d["Description"] = v
    v = o.allow_ip_list
    if v is None:
        raise _e.missing("AllowIpList", "an array")
    d["AllowIpList"] = _e.strs("AllowIpList", v)
    v = o.srt_settings
    if v is None:
        raise _e.missing("SRTSettings", "an object")
    try:
        d["SRTSettings"] = _R["CreateInputSRTSettings"](v)
    except ValidationError as e:
        raise e.with_prefix("SRTSettings") from None
    v = o.rtp_settings
    if v is None:
        raise _e.missing("RTPSettings", "an object")
    try:
        d["RTPSettings"] = _R["CreateInputRTPSettings"](v)
    except ValidationError as e:
        raise e.with_prefix("RTPSettings") from None
    v = o.protocol
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Protocol", v)
        d["Protocol"] = v
    v = o.fail_over
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("FailOver", v)
        d["FailOver"] = v
    v = o.rtmp_pull_settings
    if v is not None:
        try:
            d["RTMPPullSettings"] = _R["CreateInputRTMPPullSettings"](v)
        except ValidationError as e:
            raise e.with_prefix("RTMPPullSettings") from None
    v = o.rtsp_pull_settings
    if v is not None:
        try:
            d["RTSPPullSettings"] = _R["CreateInputRTSPPullSettings"](v)
        except ValidationError as e:
            raise e.with_prefix("RTSPPullSettings") from None
    v = o.hls_pull_settings
    if v is not None:
        try:
            d["HLSPullSettings"] = _R["CreateInputHLSPullSettings"](v)
        except ValidationError as e:
            raise e.with_prefix("HLSPullSettings") from None
    v = o.resilient_stream
    if v is not None:
        try:
            d["ResilientStream"] = _R["ResilientStreamConf"](v)
        except ValidationError as e:
            raise e.with_prefix("ResilientStream") from None
    v = o.security_group_ids
    if v is not None:
        d["SecurityGroupIds"] = _e.strs("SecurityGroupIds", v)
    v = o.zones
    if v is not None:
        d["Zones"] = _e.strs("Zones", v)
    v = o.rist_settings
    if v is not None:
        try:
            d["RISTSettings"] = _R["CreateInputRISTSettings"](v)
        except ValidationError as e:
            raise e.with_prefix("RISTSettings") from None
    v = o.input_region
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("InputRegion", v)
        d["InputRegion"] = v
    v = o.fail_over_option
    if v is not None:
        try:
            d["FailOverOption"] = _R["FailOverOption"](v)
        except ValidationError as e:
            raise e.with_prefix("FailOverOption") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
