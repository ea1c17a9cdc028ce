# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateOutputInfo``: the model and its codecs."""

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
class CreateOutputInfo:
    """Configuration of an output to create for a StreamLink flow: name, protocol, region and
    protocol-specific settings.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "output_name": "OutputName",
        "description": "Description",
        "protocol": "Protocol",
        "output_region": "OutputRegion",
        "output_type": "OutputType",
        "output_kind": "OutputKind",
        "srt_settings": "SRTSettings",
        "rtmp_settings": "RTMPSettings",
        "rtp_settings": "RTPSettings",
        "allow_ip_list": "AllowIpList",
        "max_concurrent": "MaxConcurrent",
        "security_group_ids": "SecurityGroupIds",
        "zones": "Zones",
        "rist_settings": "RISTSettings",
        "pid_selector": "PidSelector",
        "stream_selector": "StreamSelector",
    }
    """Attribute name -> wire name, for every field."""

    output_name: str | None = None
    """Name given to the new output.

    Required in requests.

    Wire name: ``OutputName``.
    """

    description: str | None = None
    """Free-text description of the output; required.

    Required in requests.

    Wire name: ``Description``.
    """

    protocol: str | None = None
    """Protocol used by the output: SRT, RTP, RTMP, RTMP_PULL, RTSP_PULL or RIST.

    Required in requests.

    Wire name: ``Protocol``.
    """

    output_region: str | None = None
    """Region where the output runs, for example ap-hongkong.

    Required in requests.

    Wire name: ``OutputRegion``.
    """

    output_type: str | None = None
    """Destination type of the output: Internet or TencentCSS.

    Wire name: ``OutputType``.
    """

    output_kind: str | None = None
    """Output module kind: Pinpoint (single-point, up to four concurrent outputs; the default)
    or MultiMesh (more than four concurrent outputs, currently up to 200). A flow may have
    at most one MultiMesh output per region.

    Wire name: ``OutputKind``.
    """

    srt_settings: models.CreateOutputSRTSettings | None = None
    """SRT settings of the output; used when Protocol is SRT.

    Wire name: ``SRTSettings``.
    """

    rtmp_settings: models.CreateOutputRTMPSettings | None = None
    """RTMP settings of the output; used when Protocol is RTMP.

    Wire name: ``RTMPSettings``.
    """

    rtp_settings: models.CreateOutputInfoRTPSettings | None = None
    """RTP settings of the output; used when Protocol is RTP.

    Wire name: ``RTPSettings``.
    """

    allow_ip_list: list[str] | None = None
    """IP allowlist as CIDR blocks, for example 0.0.0.0/0. Applies only when Protocol is
    RTMP_PULL; empty means any client IP is allowed.

    Wire name: ``AllowIpList``.
    """

    max_concurrent: int | None = None
    """Maximum number of concurrent pulls, at most 4. Defaults to 4.

    Wire name: ``MaxConcurrent``.
    """

    security_group_ids: list[str] | None = None
    """IDs of the security groups bound to the output.

    Wire name: ``SecurityGroupIds``.
    """

    zones: list[str] | None = None
    """Availability zone of the output; at most one zone may be given.

    Wire name: ``Zones``.
    """

    rist_settings: models.CreateOutputRistSettings | None = None
    """RIST settings of the output; used when Protocol is RIST.

    Wire name: ``RISTSettings``.
    """

    pid_selector: models.PidSelector | None = None
    """Deprecated. Selects which audio/video tracks to use, by PID, for a stream with several
    tracks; cannot be combined with the other track selector.

    Deprecated: the service no longer uses this field.

    Wire name: ``PidSelector``.
    """

    stream_selector: models.StreamSelector | None = None
    """Selects which audio/video tracks to use for a stream with several tracks; cannot be
    combined with PidSelector.

    Wire name: ``StreamSelector``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateOutputInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "OutputName",
        "Description",
        "Protocol",
        "OutputRegion",
        "OutputType",
        "OutputKind",
        "SRTSettings",
        "RTMPSettings",
        "RTPSettings",
        "AllowIpList",
        "MaxConcurrent",
        "SecurityGroupIds",
        "Zones",
        "RISTSettings",
        "PidSelector",
        "StreamSelector",
    }
)


def _structure(data: Any) -> CreateOutputInfo:
    """Decode one ``CreateOutputInfo`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateOutputInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
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
    v = get("OutputRegion")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputRegion", "a string", v)
    o.output_region = v
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
    v = get("SRTSettings")
    if v is not None:
        n += 1
        try:
            v = _S["CreateOutputSRTSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("SRTSettings") from None
    o.srt_settings = v
    v = get("RTMPSettings")
    if v is not None:
        n += 1
        try:
            v = _S["CreateOutputRTMPSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("RTMPSettings") from None
    o.rtmp_settings = v
    v = get("RTPSettings")
    if v is not None:
        n += 1
        try:
            v = _S["CreateOutputInfoRTPSettings"](v)
        except DecodeError as e:
            raise e.with_prefix("RTPSettings") from None
    o.rtp_settings = v
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


def _unstructure(o: CreateOutputInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.output_name
    if v is not None:
        d["OutputName"] = v
    v = o.description
    if v is not None:
        d["Description"] = v
    v = o.protocol
    if v is not None:
        d["Protocol"] = v
    v = o.output_region
    if v is not None:
        d["OutputRegion"] = v
    v = o.output_type
    if v is not None:
        d["OutputType"] = v
    v = o.output_kind
    if v is not None:
        d["OutputKind"] = v
    v = o.srt_settings
    if v is not None:
        d["SRTSettings"] = _d.wire(v)
    v = o.rtmp_settings
    if v is not None:
        d["RTMPSettings"] = _d.wire(v)
    v = o.rtp_settings
    if v is not None:
        d["RTPSettings"] = _d.wire(v)
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
    """Check a ``CreateOutputInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateOutputInfo:
        o = _e.as_model(o, CreateOutputInfo)
    d: dict[str, Any] = {}
    v: Any
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
    v = o.output_region
    if v is None:
        raise _e.missing("OutputRegion", "a string")
    if type(v) is not str:
        v = _e.as_str("OutputRegion", v)
    d["OutputRegion"] = v
    v = o.output_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("OutputType", v)
        d["OutputType"] = v
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
    v = o.rtmp_settings
    if v is not None:
        try:
            d["RTMPSettings"] = _R["CreateOutputRTMPSettings"](v)
        except ValidationError as e:
            raise e.with_prefix("RTMPSettings") from None
    v = o.rtp_settings
    if v is not None:
        try:
            d["RTPSettings"] = _R["CreateOutputInfoRTPSettings"](v)
        except ValidationError as e:
            raise e.with_prefix("RTPSettings") from None
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
