# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LinearAssemblyChannelInfo``."""

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
class LinearAssemblyChannelInfo(Model):
    """Configuration and state of a linear assembly channel, as returned by the channel query
    actions.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "tier": "Tier",
        "playback_mode": "PlaybackMode",
        "time_shift_conf": "TimeShiftConf",
        "slate_conf": "SlateConf",
        "outputs": "Outputs",
        "attached_programs": "AttachedPrograms",
        "program_schedules": "ProgramSchedules",
        "id": "Id",
        "region": "Region",
        "state": "State",
        "time_shift_enable": "TimeShiftEnable",
        "create_time": "CreateTime",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "TimeShiftInfo",
        "SlateInfo",
        "[OutputInfo",
        "[str",
        "[ProgramScheduleInfo",
        "str",
        "str",
        "str",
        "bool",
        "int",
    )

    name: str | None = None
    """Name of the linear assembly channel.

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

    time_shift_conf: models.TimeShiftInfo | None = None
    """Time-shift settings; effective for VOD.

    Wire name: ``TimeShiftConf``.
    """

    slate_conf: models.SlateInfo | None = None
    """Slate (filler content) settings of the channel.

    Wire name: ``SlateConf``.
    """

    outputs: list[models.OutputInfo] | None = None
    """Output configurations of the channel.

    Wire name: ``Outputs``.
    """

    attached_programs: list[str] | None = None
    """IDs of the programs bound to this channel.

    Wire name: ``AttachedPrograms``.
    """

    program_schedules: list[models.ProgramScheduleInfo] | None = None
    """Schedule information of the programs in the channel.

    Wire name: ``ProgramSchedules``.
    """

    id: str | None = None
    """Unique ID of the channel.

    Wire name: ``Id``.
    """

    region: str | None = None
    """Region where the channel is deployed, for example ap-mumbai.

    Wire name: ``Region``.
    """

    state: str | None = None
    """Current running state of the channel, for example IDLE.

    Wire name: ``State``.
    """

    time_shift_enable: bool | None = None
    """Whether time shift is enabled for the channel.

    Wire name: ``TimeShiftEnable``.
    """

    create_time: int | None = None
    """Creation time of the channel as a Unix timestamp in seconds.

    Wire name: ``CreateTime``.
    """


_KNOWN = frozenset(LinearAssemblyChannelInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LinearAssemblyChannelInfo:
    """Decode one ``LinearAssemblyChannelInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LinearAssemblyChannelInfo)
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
    v = get("AttachedPrograms")
    if v is not None:
        n += 1
        v = _d.str_list("AttachedPrograms", v)
    o.attached_programs = v
    v = get("ProgramSchedules")
    if v is not None:
        n += 1
        v = _d.objects("ProgramSchedules", v, _S["ProgramScheduleInfo"])
    o.program_schedules = v
    v = get("Id")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Id", "a string", v)
    o.id = v
    v = get("Region")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Region", "a string", v)
    o.region = v
    v = get("State")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("State", "a string", v)
    o.state = v
    v = get("TimeShiftEnable")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("TimeShiftEnable", "a boolean", v)
    o.time_shift_enable = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("CreateTime", "an integer", v)
    o.create_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LinearAssemblyChannelInfo, _structure)
