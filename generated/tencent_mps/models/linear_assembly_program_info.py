# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LinearAssemblyProgramInfo``: the model and its codecs."""

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
class LinearAssemblyProgramInfo:
    """Configuration of a linear assembly program: the Source it plays, its channel, playback
    settings and ad breaks.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "source_type": "SourceType",
        "source_location_id": "SourceLocationId",
        "source_id": "SourceId",
        "source_name": "SourceName",
        "attached_channel": "AttachedChannel",
        "playback_conf": "PlaybackConf",
        "ad_breaks": "AdBreaks",
        "id": "Id",
        "region": "Region",
        "source_location_name": "SourceLocationName",
        "vod_acquisition_method": "VodAcquisitionMethod",
    }
    """Attribute name -> wire name, for every field."""

    name: str | None = None
    """Display name given to the program.

    Wire name: ``Name``.
    """

    source_type: str | None = None
    """Type of the Source the program schedules: live or VOD.

    Wire name: ``SourceType``.
    """

    source_location_id: str | None = None
    """ID of the SourceLocation the program is associated with.

    Wire name: ``SourceLocationId``.
    """

    source_id: str | None = None
    """ID that uniquely identifies the Source played by the program.

    Wire name: ``SourceId``.
    """

    source_name: str | None = None
    """Name of the associated live or VOD Source; unique within its SourceLocation.

    Wire name: ``SourceName``.
    """

    attached_channel: str | None = None
    """ID of the channel the program is bound to.

    Wire name: ``AttachedChannel``.
    """

    playback_conf: models.PlaybackInfo | None = None
    """Playback settings of the program.

    Wire name: ``PlaybackConf``.
    """

    ad_breaks: list[models.AdBreakInfo] | None = None
    """Ad breaks defined in the program.

    Wire name: ``AdBreaks``.
    """

    id: str | None = None
    """Unique ID of the program.

    Wire name: ``Id``.
    """

    region: str | None = None
    """Region where the program is located, for example ap-shanghai.

    Wire name: ``Region``.
    """

    source_location_name: str | None = None
    """Name of the associated SourceLocation.

    Wire name: ``SourceLocationName``.
    """

    vod_acquisition_method: str | None = None
    """How VOD content is acquired: PreCaching (default) or DynamicUpdating. Supported only by
    Linear channels.

    Known values (:class:`tencent_mps.enums.CreateStreamPackageLinearAssemblyProgramRequestVodAcquisitionMethod`); others may appear:
    ``PreCaching``: fetch and cache the VOD content in advance (default)
    ``DynamicUpdating``: fetch the VOD content dynamically as it updates

    Wire name: ``VodAcquisitionMethod``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinearAssemblyProgramInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Name",
        "SourceType",
        "SourceLocationId",
        "SourceId",
        "SourceName",
        "AttachedChannel",
        "PlaybackConf",
        "AdBreaks",
        "Id",
        "Region",
        "SourceLocationName",
        "VodAcquisitionMethod",
    }
)


def _structure(data: Any) -> LinearAssemblyProgramInfo:
    """Decode one ``LinearAssemblyProgramInfo`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LinearAssemblyProgramInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("SourceType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceType", "a string", v)
    o.source_type = v
    v = get("SourceLocationId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceLocationId", "a string", v)
    o.source_location_id = v
    v = get("SourceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceId", "a string", v)
    o.source_id = v
    v = get("SourceName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceName", "a string", v)
    o.source_name = v
    v = get("AttachedChannel")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AttachedChannel", "a string", v)
    o.attached_channel = v
    v = get("PlaybackConf")
    if v is not None:
        n += 1
        try:
            v = _S["PlaybackInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("PlaybackConf") from None
    o.playback_conf = v
    v = get("AdBreaks")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("AdBreaks", "an array", v)
        if v:
            f = _S["AdBreakInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("AdBreaks", v, f) from None
        else:
            v = []
    o.ad_breaks = v
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
    v = get("SourceLocationName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceLocationName", "a string", v)
    o.source_location_name = v
    v = get("VodAcquisitionMethod")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VodAcquisitionMethod", "a string", v)
    o.vod_acquisition_method = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: LinearAssemblyProgramInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.source_type
    if v is not None:
        d["SourceType"] = v
    v = o.source_location_id
    if v is not None:
        d["SourceLocationId"] = v
    v = o.source_id
    if v is not None:
        d["SourceId"] = v
    v = o.source_name
    if v is not None:
        d["SourceName"] = v
    v = o.attached_channel
    if v is not None:
        d["AttachedChannel"] = v
    v = o.playback_conf
    if v is not None:
        d["PlaybackConf"] = _d.wire(v)
    v = o.ad_breaks
    if v is not None:
        d["AdBreaks"] = [_d.wire(x) for x in v]
    v = o.id
    if v is not None:
        d["Id"] = v
    v = o.region
    if v is not None:
        d["Region"] = v
    v = o.source_location_name
    if v is not None:
        d["SourceLocationName"] = v
    v = o.vod_acquisition_method
    if v is not None:
        d["VodAcquisitionMethod"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
