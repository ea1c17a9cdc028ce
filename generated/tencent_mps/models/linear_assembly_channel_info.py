# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LinearAssemblyChannelInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LinearAssemblyChannelInfo:
    """Configuration and state of a linear assembly channel, as returned by the channel query
    actions.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinearAssemblyChannelInfo:
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
        "TimeShiftConf",
        "SlateConf",
        "Outputs",
        "AttachedPrograms",
        "ProgramSchedules",
        "Id",
        "Region",
        "State",
        "TimeShiftEnable",
        "CreateTime",
    }
)


def _structure(data: Any) -> LinearAssemblyChannelInfo:
    """Decode one ``LinearAssemblyChannelInfo`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("Outputs", "an array", v)
        if v:
            f = _S["OutputInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Outputs", v, f) from None
        else:
            v = []
    o.outputs = v
    v = get("AttachedPrograms")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("AttachedPrograms", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("AttachedPrograms", v, "a string", _d.is_str)
    o.attached_programs = v
    v = get("ProgramSchedules")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ProgramSchedules", "an array", v)
        if v:
            f = _S["ProgramScheduleInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("ProgramSchedules", v, f) from None
        else:
            v = []
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


def _unstructure(o: LinearAssemblyChannelInfo) -> dict[str, Any]:
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
    v = o.time_shift_conf
    if v is not None:
        d["TimeShiftConf"] = _d.wire(v)
    v = o.slate_conf
    if v is not None:
        d["SlateConf"] = _d.wire(v)
    v = o.outputs
    if v is not None:
        d["Outputs"] = [_d.wire(x) for x in v]
    v = o.attached_programs
    if v is not None:
        d["AttachedPrograms"] = list(v)
    v = o.program_schedules
    if v is not None:
        d["ProgramSchedules"] = [_d.wire(x) for x in v]
    v = o.id
    if v is not None:
        d["Id"] = v
    v = o.region
    if v is not None:
        d["Region"] = v
    v = o.state
    if v is not None:
        d["State"] = v
    v = o.time_shift_enable
    if v is not None:
        d["TimeShiftEnable"] = v
    v = o.create_time
    if v is not None:
        d["CreateTime"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
