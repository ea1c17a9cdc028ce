# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyStreamPackageSourceRequest`` (sent in requests)."""

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
class ModifyStreamPackageSourceRequest(Model):
    """Request of ModifyStreamPackageSource: the Source ID with its new name, type, package
    settings and tags.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "name": "Name",
        "type": "Type",
        "package_confs": "PackageConfs",
        "source_tags": "SourceTags",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
        "str",
        "[SourcePackageConf",
        "[SourceTag",
    )

    id: str | None = None
    """ID of the Source to modify. Required.

    Required in requests.

    Wire name: ``Id``.
    """

    name: str | None = None
    """New name for the Source.

    Wire name: ``Name``.
    """

    type: str | None = None
    """Source type: Live for a live source or VOD for an on-demand source.

    Wire name: ``Type``.
    """

    package_confs: list[models.SourcePackageConf] | None = None
    """Package configurations of the Source.

    Wire name: ``PackageConfs``.
    """

    source_tags: list[models.SourceTag] | None = None
    """Tags of the Source; the ad decision server can use them to return better-targeted ads.

    Wire name: ``SourceTags``.
    """


_KNOWN = frozenset(ModifyStreamPackageSourceRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyStreamPackageSourceRequest:
    """Decode one ``ModifyStreamPackageSourceRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyStreamPackageSourceRequest)
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
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("PackageConfs")
    if v is not None:
        n += 1
        v = _d.objects("PackageConfs", v, _S["SourcePackageConf"])
    o.package_confs = v
    v = get("SourceTags")
    if v is not None:
        n += 1
        v = _d.objects("SourceTags", v, _S["SourceTag"])
    o.source_tags = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ModifyStreamPackageSourceRequest, _structure)
