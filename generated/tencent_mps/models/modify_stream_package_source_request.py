# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyStreamPackageSourceRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ModifyStreamPackageSourceRequest:
    """Request of ModifyStreamPackageSource: the Source ID with its new name, type, package
    settings and tags.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "name": "Name",
        "type": "Type",
        "package_confs": "PackageConfs",
        "source_tags": "SourceTags",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModifyStreamPackageSourceRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Id",
        "Name",
        "Type",
        "PackageConfs",
        "SourceTags",
    }
)


def _structure(data: Any) -> ModifyStreamPackageSourceRequest:
    """Decode one ``ModifyStreamPackageSourceRequest`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("PackageConfs", "an array", v)
        if v:
            f = _S["SourcePackageConf"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("PackageConfs", v, f) from None
        else:
            v = []
    o.package_confs = v
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


def _unstructure(o: ModifyStreamPackageSourceRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.id
    if v is not None:
        d["Id"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.package_confs
    if v is not None:
        d["PackageConfs"] = [_d.wire(x) for x in v]
    v = o.source_tags
    if v is not None:
        d["SourceTags"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ModifyStreamPackageSourceRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ModifyStreamPackageSourceRequest:
        o = _e.as_model(o, ModifyStreamPackageSourceRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.id
    if v is None:
        raise _e.missing("Id", "a string")
    if type(v) is not str:
        v = _e.as_str("Id", v)
    d["Id"] = v
    v = o.name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Name", v)
        d["Name"] = v
    v = o.type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Type", v)
        d["Type"] = v
    v = o.package_confs
    if v is not None:
        d["PackageConfs"] = _e.models("PackageConfs", v, _R["SourcePackageConf"])
    v = o.source_tags
    if v is not None:
        d["SourceTags"] = _e.models("SourceTags", v, _R["SourceTag"])
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
