# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SourceInfo``: the model and its codecs."""

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
class SourceInfo:
    """Configuration of a linear assembly Source: its type, package configurations and tags.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SourceInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Name",
        "Type",
        "PackageConf",
        "Id",
        "CreateTime",
        "UpdateTime",
        "Region",
        "SourceTags",
    }
)


def _structure(data: Any) -> SourceInfo:
    """Decode one ``SourceInfo`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("PackageConf", "an array", v)
        if v:
            f = _S["SourcePackageConf"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("PackageConf", v, f) from None
        else:
            v = []
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
        if type(v) is not list:
            raise _d.wrong_type("SourceTags", "an array", v)
        if v:
            f = _S["SourceTag"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("SourceTags", v, f) from None
        else:
            v = []
    o.source_tags = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: SourceInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.package_conf
    if v is not None:
        d["PackageConf"] = [_d.wire(x) for x in v]
    v = o.id
    if v is not None:
        d["Id"] = v
    v = o.create_time
    if v is not None:
        d["CreateTime"] = v
    v = o.update_time
    if v is not None:
        d["UpdateTime"] = v
    v = o.region
    if v is not None:
        d["Region"] = v
    v = o.source_tags
    if v is not None:
        d["SourceTags"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
