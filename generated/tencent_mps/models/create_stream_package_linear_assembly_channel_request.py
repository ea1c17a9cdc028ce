# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateStreamPackageLinearAssemblyChannelRequest``: the model and its codecs."""

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
class CreateStreamPackageLinearAssemblyChannelRequest:
    """Request of CreateStreamPackageLinearAssemblyChannel: the name, tier, playback mode, time
    shift, slate and output settings of the new channel.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "tier": "Tier",
        "playback_mode": "PlaybackMode",
        "time_shift_enable": "TimeShiftEnable",
        "time_shift_conf": "TimeShiftConf",
        "slate_conf": "SlateConf",
        "outputs": "Outputs",
    }
    """Attribute name -> wire name, for every field."""

    name: str | None = None
    """Name of the new channel. Required.

    Required in requests.

    Wire name: ``Name``.
    """

    tier: str | None = None
    """Feature tier of the channel: Standard accepts both live and VOD sources, Basic can only
    schedule VOD sources.

    Known values (:class:`tencent_mps.enums.CreateStreamPackageLinearAssemblyChannelRequestTier`); others may appear:
    ``Standard``: supports both live and vod sources
    ``Basic``: schedules vod sources only

    Wire name: ``Tier``.
    """

    playback_mode: str | None = None
    """How the channel moves between sources: Linear (one after another) or Loop (repeat).
    Basic channels support only Linear; Standard supports both.

    Known values (:class:`tencent_mps.enums.CreateStreamPackageLinearAssemblyChannelRequestPlaybackMode`); others may appear:
    ``Linear``: play sources in sequence, one after another
    ``Standard``: listed upstream but not a playback mode; the text names Loop instead

    Wire name: ``PlaybackMode``.
    """

    time_shift_enable: bool | None = None
    """Whether time shift is enabled; takes effect only when Tier is Standard.

    Wire name: ``TimeShiftEnable``.
    """

    time_shift_conf: models.TimeShiftInfo | None = None
    """Time shift settings; used only when TimeShiftEnable is true.

    Wire name: ``TimeShiftConf``.
    """

    slate_conf: models.SlateInfo | None = None
    """Slate (filler content) settings; used only when PlaybackMode is Linear.

    Wire name: ``SlateConf``.
    """

    outputs: list[models.OutputReq] | None = None
    """Output settings of the channel.

    Wire name: ``Outputs``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateStreamPackageLinearAssemblyChannelRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Name",
        "Tier",
        "PlaybackMode",
        "TimeShiftEnable",
        "TimeShiftConf",
        "SlateConf",
        "Outputs",
    }
)


def _structure(data: Any) -> CreateStreamPackageLinearAssemblyChannelRequest:
    """Decode one ``CreateStreamPackageLinearAssemblyChannelRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateStreamPackageLinearAssemblyChannelRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Tier")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Tier", "a string", v)
    o.tier = v
    v = get("PlaybackMode")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("PlaybackMode", "a string", v)
    o.playback_mode = v
    v = get("TimeShiftEnable")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("TimeShiftEnable", "a boolean", v)
    o.time_shift_enable = v
    v = get("TimeShiftConf")
    if v is not None:
        n += 1
        try:
            v = _S["TimeShiftInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("TimeShiftConf") from None
    o.time_shift_conf = v
    v = get("SlateConf")
    if v is not None:
        n += 1
        try:
            v = _S["SlateInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("SlateConf") from None
    o.slate_conf = v
    v = get("Outputs")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Outputs", "an array", v)
        if v:
            f = _S["OutputReq"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Outputs", v, f) from None
        else:
            v = []
    o.outputs = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: CreateStreamPackageLinearAssemblyChannelRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.tier
    if v is not None:
        d["Tier"] = v
    v = o.playback_mode
    if v is not None:
        d["PlaybackMode"] = v
    v = o.time_shift_enable
    if v is not None:
        d["TimeShiftEnable"] = v
    v = o.time_shift_conf
    if v is not None:
        d["TimeShiftConf"] = _d.wire(v)
    v = o.slate_conf
    if v is not None:
        d["SlateConf"] = _d.wire(v)
    v = o.outputs
    if v is not None:
        d["Outputs"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateStreamPackageLinearAssemblyChannelRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateStreamPackageLinearAssemblyChannelRequest:
        o = _e.as_model(o, CreateStreamPackageLinearAssemblyChannelRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.name
    if v is None:
        raise _e.missing("Name", "a string")
    if type(v) is not str:
        v = _e.as_str("Name", v)
    d["Name"] = v
    v = o.tier
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Tier", v)
        d["Tier"] = v
    v = o.playback_mode
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("PlaybackMode", v)
        d["PlaybackMode"] = v
    v = o.time_shift_enable
    if v is not None:
        if type(v) is not bool:
            raise _e.wrong_type("TimeShiftEnable", "a boolean", v)
        d["TimeShiftEnable"] = v
    v = o.time_shift_conf
    if v is not None:
        try:
            d["TimeShiftConf"] = _R["TimeShiftInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("TimeShiftConf") from None
    v = o.slate_conf
    if v is not None:
        try:
            d["SlateConf"] = _R["SlateInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("SlateConf") from None
    v = o.outputs
    if v is not None:
        d["Outputs"] = _e.models("Outputs", v, _R["OutputReq"])
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
