# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SourceLocationInfo``."""

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
class SourceLocationInfo(Model):
    """Configuration of a SourceLocation: base URL, segment delivery settings and the live and VOD
    Sources attached to it.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "name": "Name",
        "region": "Region",
        "base_url": "BaseUrl",
        "segment_deliver_enable": "SegmentDeliverEnable",
        "segment_deliver_conf": "SegmentDeliverConf",
        "attached_live_sources": "AttachedLiveSources",
        "attached_vod_sources": "AttachedVodSources",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
        "segment_deliver_use_package_enable": "SegmentDeliverUsePackageEnable",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "bool",
        "SegmentDeliverInfo",
        "[str",
        "[str",
        "int",
        "int",
        "bool",
    )

    id: str | None = None
    """Unique ID of the SourceLocation.

    Wire name: ``Id``.
    """

    name: str | None = None
    """Display name given to the SourceLocation.

    Wire name: ``Name``.
    """

    region: str | None = None
    """Region of the SourceLocation, for example ap-mumbai.

    Wire name: ``Region``.
    """

    base_url: str | None = None
    """Base URL of the SourceLocation that source paths are resolved against.

    Wire name: ``BaseUrl``.
    """

    segment_deliver_enable: bool | None = None
    """Whether a separate segment delivery configuration is enabled.

    Wire name: ``SegmentDeliverEnable``.
    """

    segment_deliver_conf: models.SegmentDeliverInfo | None = None
    """Segment delivery settings of the SourceLocation.

    Wire name: ``SegmentDeliverConf``.
    """

    attached_live_sources: list[str] | None = None
    """IDs of the live Sources attached to this SourceLocation.

    Wire name: ``AttachedLiveSources``.
    """

    attached_vod_sources: list[str] | None = None
    """IDs of the VOD Sources attached to this SourceLocation.

    Wire name: ``AttachedVodSources``.
    """

    create_time: int | None = None
    """Creation time of the SourceLocation as a Unix timestamp.

    Wire name: ``CreateTime``.
    """

    update_time: int | None = None
    """Time of the last modification of the SourceLocation, as a Unix timestamp.

    Wire name: ``UpdateTime``.
    """

    segment_deliver_use_package_enable: bool | None = None
    """Whether segments are distributed through StreamPackage. Enabled by default.

    Wire name: ``SegmentDeliverUsePackageEnable``.
    """


_KNOWN = frozenset(SourceLocationInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SourceLocationInfo:
    """Decode one ``SourceLocationInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SourceLocationInfo)
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
    v = get("Region")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Region", "a string", v)
    o.region = v
    v = get("BaseUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("BaseUrl", "a string", v)
    o.base_url = v
    v = get("SegmentDeliverEnable")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("SegmentDeliverEnable", "a boolean", v)
    o.segment_deliver_enable = v
    v = get("SegmentDeliverConf")
    if v is not None:
        n += 1
        try:
            v = _S["SegmentDeliverInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("SegmentDeliverConf") from None
    o.segment_deliver_conf = v
    v = get("AttachedLiveSources")
    if v is not None:
        n += 1
        v = _d.str_list("AttachedLiveSources", v)
    o.attached_live_sources = v
    v = get("AttachedVodSources")
    if v is not None:
        n += 1
        v = _d.str_list("AttachedVodSources", v)
    o.attached_vod_sources = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("CreateTime", "an integer", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("UpdateTime", "an integer", v)
    o.update_time = v
    v = get("SegmentDeliverUsePackageEnable")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("SegmentDeliverUsePackageEnable", "a boolean", v)
    o.segment_deliver_use_package_enable = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SourceLocationInfo, _structure)
