# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SourceInfo``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SourceInfo(Model):
    """Configuration of a linear assembly Source: its type, package configurations and tags."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "type": "Type",
        "package_conf": "PackageConf",
        "id": "Id",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
        "region": "Region",
        "source_tags": "SourceTags",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "[SourcePackageConf",
        "str",
        "int",
        "int",
        "str",
        "[SourceTag",
    )

    name: str | None = None
    """Display name given to the Source.

    Wire name: ``Name``.
    """

    type: str | None = None
    """Source type: Live for a live source or Vod for an on-demand source.

    Wire name: ``Type``.
    """

    package_conf: list[models.SourcePackageConf] | None = None
    """Package configurations of the Source.

    Wire name: ``PackageConf``.
    """

    id: str | None = None
    """Unique ID of the Source.

    Wire name: ``Id``.
    """

    create_time: int | None = None
    """Creation time of the Source as a Unix timestamp.

    Wire name: ``CreateTime``.
    """

    update_time: int | None = None
    """Last update time of the Source as a Unix timestamp.

    Wire name: ``UpdateTime``.
    """

    region: str | None = None
    """Region of the Source, for example ap-shanghai.

    Wire name: ``Region``.
    """

    source_tags: list[models.SourceTag] | None = None
    """Tags attached to the Source.

    Wire name: ``SourceTags``.
    """


_KNOWN = frozenset(SourceInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SourceInfo:
    """Decode one ``SourceInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SourceInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("PackageConf")
    if v is not None:
        n += 1
        v = _d.objects("PackageConf", v, _S["SourcePackageConf"])
    o.package_conf = v
    v = get("Id")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Id", "a string", v)
    o.id = v
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
    v = get("Region")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Region", "a string", v)
    o.region = v
    v = get("SourceTags")
    if v is not None:
        n += 1
        v = _d.objects("SourceTags", v, _S["SourceTag"])
    o.source_tags = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SourceInfo, _structure)
