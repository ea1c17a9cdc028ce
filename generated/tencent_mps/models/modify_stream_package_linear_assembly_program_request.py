# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyStreamPackageLinearAssemblyProgramRequest`` (sent in requests)."""

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
class ModifyStreamPackageLinearAssemblyProgramRequest(Model):
    """Request of ModifyStreamPackageLinearAssemblyProgram: the program ID and its new source,
    playback and ad break settings.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "name": "Name",
        "source_type": "SourceType",
        "source_location_id": "SourceLocationId",
        "source_name": "SourceName",
        "playback_conf": "PlaybackConf",
        "ad_breaks": "AdBreaks",
        "vod_acquisition_method": "VodAcquisitionMethod",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
        "str",
        "str",
        "str",
        "PlaybackInfoReq",
        "[AdBreakInfo",
        "str",
    )

    id: str | None = None
    """ID of the program to modify. Required.

    Required in requests.

    Wire name: ``Id``.
    """

    name: str | None = None
    """New name for the program.

    Wire name: ``Name``.
    """

    source_type: str | None = None
    """Type of the Source the program schedules. Only VOD is allowed when the channel Tier is
    Basic; Live and VOD are allowed when it is Standard.

    Known values (:class:`tencent_mps.enums.CreateStreamPackageLinearAssemblyProgramRequestSourceType`); others may appear:
    ``Live``: live source
    ``VOD``: video-on-demand source

    Wire name: ``SourceType``.
    """

    source_location_id: str | None = None
    """ID of the SourceLocation to associate with the program.

    Wire name: ``SourceLocationId``.
    """

    source_name: str | None = None
    """Name of the live or VOD Source to play; unique within its SourceLocation.

    Wire name: ``SourceName``.
    """

    playback_conf: models.PlaybackInfoReq | None = None
    """New playback settings of the program.

    Wire name: ``PlaybackConf``.
    """

    ad_breaks: list[models.AdBreakInfo] | None = None
    """New list of ad breaks for the program.

    Wire name: ``AdBreaks``.
    """

    vod_acquisition_method: str | None = None
    """How VOD content is acquired: PreCaching (default) or DynamicUpdating. Supported only by
    Linear channels.

    Known values (:class:`tencent_mps.enums.CreateStreamPackageLinearAssemblyProgramRequestVodAcquisitionMethod`); others may appear:
    ``PreCaching``: fetch and cache the VOD content in advance (default)
    ``DynamicUpdating``: fetch the VOD content dynamically as it updates

    Wire name: ``VodAcquisitionMethod``.
    """


_KNOWN = frozenset(ModifyStreamPackageLinearAssemblyProgramRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyStreamPackageLinearAssemblyProgramRequest:
    """Decode one ``ModifyStreamPackageLinearAssemblyProgramRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyStreamPackageLinearAssemblyProgramRequest)
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


bind(ModifyStreamPackageLinearAssemblyProgramRequest, _structure)
