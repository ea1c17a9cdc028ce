# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LinearAssemblyProgramInfo``."""

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
class LinearAssemblyProgramInfo(Model):
    """Configuration of a linear assembly program: the Source it plays, its channel, playback
    settings and ad breaks.
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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "PlaybackInfo",
        "[AdBreakInfo",
        "str",
        "str",
        "str",
        "str",
    )

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


_KNOWN = frozenset(LinearAssemblyProgramInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LinearAssemblyProgramInfo:
    """Decode one ``LinearAssemblyProgramInfo`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("AdBreaks", v, _S["AdBreakInfo"])
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


bind(LinearAssemblyProgramInfo, _structure)
