# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateStreamPackageSourceLocationRequest`` (sent in requests)."""

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
class CreateStreamPackageSourceLocationRequest(Model):
    """Request of CreateStreamPackageSourceLocation: the name, base URL and segment delivery
    settings of the new source location.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "base_url": "BaseUrl",
        "segment_deliver_enable": "SegmentDeliverEnable",
        "segment_deliver_conf": "SegmentDeliverConf",
        "segment_deliver_use_package_enable": "SegmentDeliverUsePackageEnable",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "bool",
        "SegmentDeliverInfo",
        "bool",
    )

    name: str | None = None
    """Name of the new source location. Required.

    Required in requests.

    Wire name: ``Name``.
    """

    base_url: str | None = None
    """Base URL against which the sources in this location are resolved. Required.

    Required in requests.

    Wire name: ``BaseUrl``.
    """

    segment_deliver_enable: bool | None = None
    """Whether a separate segment delivery server is enabled for this location.

    Wire name: ``SegmentDeliverEnable``.
    """

    segment_deliver_conf: models.SegmentDeliverInfo | None = None
    """Segment delivery settings; used when SegmentDeliverEnable is true.

    Wire name: ``SegmentDeliverConf``.
    """

    segment_deliver_use_package_enable: bool | None = None
    """Whether segments are delivered through StreamPackage. Enabled by default.

    Wire name: ``SegmentDeliverUsePackageEnable``.
    """


_KNOWN = frozenset(CreateStreamPackageSourceLocationRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateStreamPackageSourceLocationRequest:
    """Decode one ``CreateStreamPackageSourceLocationRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateStreamPackageSourceLocationRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
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


bind(CreateStreamPackageSourceLocationRequest, _structure)
