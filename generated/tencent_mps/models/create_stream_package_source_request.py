# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateStreamPackageSourceRequest`` (sent in requests)."""

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
class CreateStreamPackageSourceRequest(Model):
    """Request of CreateStreamPackageSource: the source location it belongs to, its name, type,
    package settings and tags.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "attached_location": "AttachedLocation",
        "name": "Name",
        "type": "Type",
        "package_confs": "PackageConfs",
        "source_tags": "SourceTags",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str!",
        "[SourcePackageConf",
        "[SourceTag",
    )

    attached_location: str | None = None
    """ID of the source location the source belongs to; required, and a source is bound to
    exactly one location.

    Required in requests.

    Wire name: ``AttachedLocation``.
    """

    name: str | None = None
    """Name of the source; must be unique within its source location. Required.

    Required in requests.

    Wire name: ``Name``.
    """

    type: str | None = None
    """Kind of source: Live or VOD. Required.

    Known values (:class:`tencent_mps.enums.CreateStreamPackageLinearAssemblyProgramRequestSourceType`); others may appear:
    ``Live``: live source
    ``VOD``: video-on-demand source

    Required in requests.

    Wire name: ``Type``.
    """

    package_confs: list[models.SourcePackageConf] | None = None
    """Package settings of the source, one per packaging format.

    Wire name: ``PackageConfs``.
    """

    source_tags: list[models.SourceTag] | None = None
    """Tags of the source; the ad decision server can use them to return better targeted ads.

    Wire name: ``SourceTags``.
    """


_KNOWN = frozenset(CreateStreamPackageSourceRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateStreamPackageSourceRequest:
    """Decode one ``CreateStreamPackageSourceRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateStreamPackageSourceRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("AttachedLocation")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AttachedLocation", "a string", v)
    o.attached_location = v
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


bind(CreateStreamPackageSourceRequest, _structure)
