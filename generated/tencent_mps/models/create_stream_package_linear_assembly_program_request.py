# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateStreamPackageLinearAssemblyProgramRequest``: the model and its codecs."""

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
class CreateStreamPackageLinearAssemblyProgramRequest:
    """Request of CreateStreamPackageLinearAssemblyProgram: the program name, its channel, the
    source it plays and its ad breaks.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateStreamPackageLinearAssemblyProgramRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Name",
        "AttachedChannel",
        "SourceType",
        "SourceLocationId",
        "SourceName",
        "PlaybackConf",
        "AdBreaks",
        "VodAcquisitionMethod",
    }
)


def _structure(data: Any) -> CreateStreamPackageLinearAssemblyProgramRequest:
    """Decode one ``CreateStreamPackageLinearAssemblyProgramRequest`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: CreateStreamPackageLinearAssemblyProgramRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.attached_channel
    if v is not None:
        d["AttachedChannel"] = v
    v = o.source_type
    if v is not None:
        d["SourceType"] = v
    v = o.source_location_id
    if v is not None:
        d["SourceLocationId"] = v
    v = o.source_name
    if v is not None:
        d["SourceName"] = v
    v = o.playback_conf
    if v is not None:
        d["PlaybackConf"] = _d.wire(v)
    v = o.ad_breaks
    if v is not None:
        d["AdBreaks"] = [_d.wire(x) for x in v]
    v = o.vod_acquisition_method
    if v is not None:
        d["VodAcquisitionMethod"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateStreamPackageLinearAssemblyProgramRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateStreamPackageLinearAssemblyProgramRequest:
        o = _e.as_model(o, CreateStreamPackageLinearAssemblyProgramRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.name
    if v is None:
        raise _e.missing("Name", "a string")
    if type(v) is not str:
        v = _e.as_str("Name", v)
    d["Name"] = v
    v = o.attached_channel
    if v is None:
        raise _e.missing("AttachedChannel", "a string")
    if type(v) is not str:
        v = _e.as_str("AttachedChannel", v)
    d["AttachedChannel"] = v
    v = o.source_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SourceType", v)
        d["SourceType"] = v
    v = o.source_location_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SourceLocationId", v)
        d["SourceLocationId"] = v
    v = o.source_name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SourceName", v)
        d["SourceName"] = v
    v = o.playback_conf
    if v is not None:
        try:
            d["PlaybackConf"] = _R["PlaybackInfoReq"](v)
        except ValidationError as e:
            raise e.with_prefix("PlaybackConf") from None
    v = o.ad_breaks
    if v is not None:
        d["AdBreaks"] = _e.models("AdBreaks", v, _R["AdBreakInfo"])
    v = o.vod_acquisition_method
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("VodAcquisitionMethod", v)
        d["VodAcquisitionMethod"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
