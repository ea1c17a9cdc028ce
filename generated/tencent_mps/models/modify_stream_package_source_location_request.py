# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyStreamPackageSourceLocationRequest``: the model and its codecs."""

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
class ModifyStreamPackageSourceLocationRequest:
    """Request of ModifyStreamPackageSourceLocation: the SourceLocation ID and the name, base URL
    and segment delivery settings to change.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "name": "Name",
        "base_url": "BaseUrl",
        "segment_deliver_enable": "SegmentDeliverEnable",
        "segment_deliver_conf": "SegmentDeliverConf",
        "segment_deliver_use_package_enable": "SegmentDeliverUsePackageEnable",
    }
    """Attribute name -> wire name, for every field."""

    id: str | None = None
    """ID of the SourceLocation to modify. Required.

    Required in requests.

    Wire name: ``Id``.
    """

    name: str | None = None
    """New name for the SourceLocation.

    Wire name: ``Name``.
    """

    base_url: str | None = None
    """Base URL of the SourceLocation that source paths are resolved against.

    Wire name: ``BaseUrl``.
    """

    segment_deliver_enable: bool | None = None
    """Whether to enable a separate segment delivery configuration.

    Wire name: ``SegmentDeliverEnable``.
    """

    segment_deliver_conf: models.SegmentDeliverInfo | None = None
    """Segment delivery settings; used when SegmentDeliverEnable is true.

    Wire name: ``SegmentDeliverConf``.
    """

    segment_deliver_use_package_enable: bool | None = None
    """Whether segments are distributed through StreamPackage. Enabled by default.

    Wire name: ``SegmentDeliverUsePackageEnable``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModifyStreamPackageSourceLocationRequest:
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
        "BaseUrl",
        "SegmentDeliverEnable",
        "SegmentDeliverConf",
        "SegmentDeliverUsePackageEnable",
    }
)


def _structure(data: Any) -> ModifyStreamPackageSourceLocationRequest:
    """Decode one ``ModifyStreamPackageSourceLocationRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyStreamPackageSourceLocationRequest)
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


def _unstructure(o: ModifyStreamPackageSourceLocationRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.id
    if v is not None:
        d["Id"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.base_url
    if v is not None:
        d["BaseUrl"] = v
    v = o.segment_deliver_enable
    if v is not None:
        d["SegmentDeliverEnable"] = v
    v = o.segment_deliver_conf
    if v is not None:
        d["SegmentDeliverConf"] = _d.wire(v)
    v = o.segment_deliver_use_package_enable
    if v is not None:
        d["SegmentDeliverUsePackageEnable"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ModifyStreamPackageSourceLocationRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ModifyStreamPackageSourceLocationRequest:
        o = _e.as_model(o, ModifyStreamPackageSourceLocationRequest)
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
    v = o.base_url
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("BaseUrl", v)
        d["BaseUrl"] = v
    v = o.segment_deliver_enable
    if v is not None:
        if type(v) is not bool:
            raise _e.wrong_type("SegmentDeliverEnable", "a boolean", v)
        d["SegmentDeliverEnable"] = v
    v = o.segment_deliver_conf
    if v is not None:
        try:
            d["SegmentDeliverConf"] = _R["SegmentDeliverInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("SegmentDeliverConf") from None
    v = o.segment_deliver_use_package_enable
    if v is not None:
        if type(v) is not bool:
            raise _e.wrong_type("SegmentDeliverUsePackageEnable", "a boolean", v)
        d["SegmentDeliverUsePackageEnable"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
