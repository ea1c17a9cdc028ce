# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyStreamPackageLinearAssemblyChannelRequest``: the model and its codecs."""

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
class ModifyStreamPackageLinearAssemblyChannelRequest:
    """Request of ModifyStreamPackageLinearAssemblyChannel: the channel ID and the settings to
    change.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModifyStreamPackageLinearAssemblyChannelRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Id",
        "Name",
        "Tier",
        "PlaybackMode",
        "TimeShiftEnable",
        "TimeShiftConf",
        "SlateConf",
        "Outputs",
    }
)


def _structure(data: Any) -> ModifyStreamPackageLinearAssemblyChannelRequest:
    """Decode one ``ModifyStreamPackageLinearAssemblyChannelRequest`` wire object (the cattrs structure hook of this model)."""
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ModifyStreamPackageLinearAssemblyChannelRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.id
    if v is not None:
        d["Id"] = v
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
    """Check a ``ModifyStreamPackageLinearAssemblyChannelRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ModifyStreamPackageLinearAssemblyChannelRequest:
        o = _e.as_model(o, ModifyStreamPackageLinearAssemblyChannelRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.id
    if v is None:
        raise _e.missing("Id", "a string")
    if type(v) is not str:
        v = _e.as_str("Id", v)
    d["Id"] = v
    v = o.name
    if v is not None:
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
        d["Outputs"] = _e.models("Outputs", v, _R["OutputInfo"])
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
