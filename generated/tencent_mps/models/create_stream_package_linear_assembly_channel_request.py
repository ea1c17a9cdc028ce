# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateStreamPackageLinearAssemblyChannelRequest`` (sent in requests)."""

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
class CreateStreamPackageLinearAssemblyChannelRequest(Model):
    """Request of CreateStreamPackageLinearAssemblyChannel: the name, tier, playback mode, time
    shift, slate and output settings of the new channel.
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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
        "str",
        "bool",
        "TimeShiftInfo",
        "SlateInfo",
        "[OutputReq",
    )

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


_KNOWN = frozenset(CreateStreamPackageLinearAssemblyChannelRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateStreamPackageLinearAssemblyChannelRequest:
    """Decode one ``CreateStreamPackageLinearAssemblyChannelRequest`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("Outputs", v, _S["OutputReq"])
    o.outputs = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateStreamPackageLinearAssemblyChannelRequest, _structure)
