# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateStreamPackageLinearAssemblyProgramRequest`` (sent in requests)."""

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
class CreateStreamPackageLinearAssemblyProgramRequest(Model):
    """Request of CreateStreamPackageLinearAssemblyProgram: the program name, its channel, the
    source it plays and its ad breaks.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "attached_channel": "AttachedChannel",
        "source_type": "SourceType",
        "source_location_id": "SourceLocationId",
        "source_name": "SourceName",
        "playback_conf": "PlaybackConf",
        "ad_breaks": "AdBreaks",
        "vod_acquisition_method": "VodAcquisitionMethod",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str",
        "str",
        "str",
        "PlaybackInfoReq",
        "[AdBreakInfo",
        "str",
    )

    name: str | None = None
    """Name of the new program. Required.

    Required in requests.

    Wire name: ``Name``.
    """

    attached_channel: str | None = None
    """ID of the linear assembly channel the program is attached to. Required.

    Required in requests.

    Wire name: ``AttachedChannel``.
    """

    source_type: str | None = None
    """Type of the source the program schedules: Live or VOD. Basic-tier channels accept only
    VOD; Standard-tier channels accept both.

    Known values (:class:`tencent_mps.enums.CreateStreamPackageLinearAssemblyProgramRequestSourceType`); others may appear:
    ``Live``: live source
    ``VOD``: video-on-demand source

    Wire name: ``SourceType``.
    """

    source_location_id: str | None = None
    """ID of the source location that holds the source.

    Wire name: ``SourceLocationId``.
    """

    source_name: str | None = None
    """Name of the live or VOD source to play; source names are unique within a source
    location.

    Wire name: ``SourceName``.
    """

    playback_conf: models.PlaybackInfoReq | None = None
    """Playback settings of the program, as a PlaybackInfoReq object.

    Wire name: ``PlaybackConf``.
    """

    ad_breaks: list[models.AdBreakInfo] | None = None
    """Ad breaks inserted into the program; valid only when the source type is VOD.

    Wire name: ``AdBreaks``.
    """

    vod_acquisition_method: str | None = None
    """How VOD content is acquired: PreCaching (default) or DynamicUpdating. Supported only on
    channels in Linear playback mode.

    Known values (:class:`tencent_mps.enums.CreateStreamPackageLinearAssemblyProgramRequestVodAcquisitionMethod`); others may appear:
    ``PreCaching``: fetch and cache the vod content in advance (default)
    ``DynamicUpdating``: fetch the vod content dynamically so updates are picked up

    Wire name: ``VodAcquisitionMethod``.
    """


_KNOWN = frozenset(CreateStreamPackageLinearAssemblyProgramRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateStreamPackageLinearAssemblyProgramRequest:
    """Decode one ``CreateStreamPackageLinearAssemblyProgramRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateStreamPackageLinearAssemblyProgramRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("AttachedChannel")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AttachedChannel", "a string", v)
    o.attached_channel = v
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
    v = get("SourceName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceName", "a string", v)
    o.source_name = v
    v = get("PlaybackConf")
    if v is not None:
        n += 1
        try:
            v = _S["PlaybackInfoReq"](v)
        except DecodeError as e:
            raise e.with_prefix("PlaybackConf") from None
    o.playback_conf = v
    v = get("AdBreaks")
    if v is not None:
        n += 1
        v = _d.objects("AdBreaks", v, _S["AdBreakInfo"])
    o.ad_breaks = v
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


bind(CreateStreamPackageLinearAssemblyProgramRequest, _structure)
