# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyOutputInfo``: the model and its codecs."""

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
class ModifyOutputInfo:
    """New settings of an existing StreamLink flow output, used by ModifyStreamLinkOutputInfo.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModifyOutputInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "OutputId",
        "OutputName",
        "Description",
        "Protocol",
        "OutputKind",
        "SRTSettings",
        "RTPSettings",
        "RTMPSettings",
        "AllowIpList",
        "MaxConcurrent",
        "SecurityGroupIds",
        "Zones",
        "RISTSettings",
        "OutputType",
        "PidSelector",
        "StreamSelector",
    }
)


def _structure(data: Any) -> ModifyOutputInfo:
    """Decode one ``ModifyOutputInfo`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("AllowIpList", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("AllowIpList", v, "a string", _d.is_str)
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


def _unstructure(o: ModifyOutputInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.output_id
    if v is not None:
        d["OutputId"] = v
    v = o.output_name
    if v is not None:
        d["OutputName"] = v
    v = o.description
    if v is not None:
        d["Description"] = v
    v = o.protocol
    if v is not None:
        d["Protocol"] = v
    v = o.output_kind
    if v is not None:
        d["OutputKind"] = v
    v = o.srt_settings
    if v is not None:
        d["SRTSettings"] = _d.wire(v)
    v = o.rtp_settings
    if v is not None:
        d["RTPSettings"] = _d.wire(v)
    v = o.rtmp_settings
    if v is not None:
        d["RTMPSettings"] = _d.wire(v)
    v = o.allow_ip_list
    if v is not None:
        d["AllowIpList"] = list(v)
    v = o.max_concurrent
    if v is not None:
        d["MaxConcurrent"] = v
    v = o.security_group_ids
    if v is not None:
        d["SecurityGroupIds"] = list(v)
    v = o.zones
    if v is not None:
        d["Zones"] = list(v)
    v = o.rist_settings
    if v is not None:
        d["RISTSettings"] = _d.wire(v)
    v = o.output_type
    if v is not None:
        d["OutputType"] = v
    v = o.pid_selector
    if v is not None:
        d["PidSelector"] = _d.wire(v)
    v = o.stream_selector
    if v is not None:
        d["StreamSelector"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ModifyOutputInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ModifyOutputInfo:
        o = _e.as_model(o, ModifyOutputInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.output_id
    if v is None:
        raise _e.missing("OutputId", "a string")
    if type(v) is not str:
        v = _e.as_str("OutputId", v)
    d["OutputId"] = v
    v = o.output_name
    if v is None:
        raise _e.missing("OutputName", "a string")
    if type(v) is not str:
        v = _e.as_str("OutputName", v)
    d["OutputName"] = v
    v = o.description
    if v is None:
        raise _e.missing("Description", "a string")
    if type(v) is not str:
        v = _e.as_str("Description", v)
    d["Description"] = v
    v = o.protocol
    if v is None:
        raise _e.missing("Protocol", "a string")
    if type(v) is not str:
        v = _e.as_str("Protocol", v)
    d["Protocol"] = v
    v = o.output_kind
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("OutputKind", v)
        d["OutputKind"] = v
    v = o.srt_settings
    if v is not None:
        try:
            d["SRTSettings"] = _R["CreateOutputSRTSettings"](v)
        except ValidationError as e:
            raise e.with_prefix("SRTSettings") from None
    v = o.rtp_settings
    if v is not None:
        try:
            d["RTPSettings"] = _R["CreateOutputInfoRTPSettings"](v)
        except ValidationError as e:
            raise e.with_prefix("RTPSettings") from None
    v = o.rtmp_settings
    if v is not None:
        try:
            d["RTMPSettings"] = _R["CreateOutputRTMPSettings"](v)
        except ValidationError as e:
            raise e.with_prefix("RTMPSettings") from None
    v = o.allow_ip_list
    if v is not None:
        d["AllowIpList"] = _e.strs("AllowIpList", v)
    v = o.max_concurrent
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("MaxConcurrent", v)
        d["MaxConcurrent"] = v
    v = o.security_group_ids
    if v is not None:
        d["SecurityGroupIds"] = _e.strs("SecurityGroupIds", v)
    v = o.zones
    if v is not None:
        d["Zones"] = _e.strs("Zones", v)
    v = o.rist_settings
    if v is not None:
        try:
            d["RISTSettings"] = _R["CreateOutputRistSettings"](v)
        except ValidationError as e:
            raise e.with_prefix("RISTSettings") from None
    v = o.output_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("OutputType", v)
        d["OutputType"] = v
    v = o.pid_selector
    if v is not None:
        try:
            d["PidSelector"] = _R["PidSelector"](v)
        except ValidationError as e:
            raise e.with_prefix("PidSelector") from None
    v = o.stream_selector
    if v is not None:
        try:
            d["StreamSelector"] = _R["StreamSelector"](v)
        except ValidationError as e:
            raise e.with_prefix("StreamSelector") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
