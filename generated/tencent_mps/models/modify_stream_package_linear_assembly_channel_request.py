# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyStreamPackageLinearAssemblyChannelRequest`` (sent in requests)."""

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
class ModifyStreamPackageLinearAssemblyChannelRequest(Model):
    """Request of ModifyStreamPackageLinearAssemblyChannel: the channel ID and the settings to
    change.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
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
        "str",
        "bool",
        "TimeShiftInfo",
        "SlateInfo",
        "[OutputInfo",
    )

    id: str | None = None
    """ID of the channel to modify. Required.

    Required in requests.

    Wire name: ``Id``.
    """

    name: str | None = None
    """New name for the channel.

    Wire name: ``Name``.
    """

    tier: str | None = None
    """Channel tier: Standard supports both live and VOD sources, Basic supports scheduling VOD
    sources only.

    Wire name: ``Tier``.
    """

    playback_mode: str | None = None
    """How the channel switches between sources: Linear or Loop. Live sources support Linear
    only.

    Wire name: ``PlaybackMode``.
    """

    time_shift_enable: bool | None = None
    """Whether to enable time shift for the channel.

    Wire name: ``TimeShiftEnable``.
    """

    time_shift_conf: models.TimeShiftInfo | None = None
    """New time-shift settings of the channel.

    Wire name: ``TimeShiftConf``.
    """

    slate_conf: models.SlateInfo | None = None
    """New slate (filler content) settings of the channel.

    Wire name: ``SlateConf``.
    """

    outputs: list[models.OutputInfo] | None = None
    """New output configurations of the channel.

    Wire name: ``Outputs``.
    """


_KNOWN = frozenset(ModifyStreamPackageLinearAssemblyChannelRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyStreamPackageLinearAssemblyChannelRequest:
    """Decode one ``ModifyStreamPackageLinearAssemblyChannelRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyStreamPackageLinearAssemblyChannelRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Id")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Id", "a string", v)
    o.id = v
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
        v = _d.objects("Outputs", v, _S["OutputInfo"])
    o.outputs = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ModifyStreamPackageLinearAssemblyChannelRequest, _structure)
