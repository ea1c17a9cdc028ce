# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``StreamLinkRegionInfo``."""

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
class StreamLinkRegionInfo(Model):
    """Regions in which StreamLink media transport is offered."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "regions": "Regions",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("[RegionInfo",)

    regions: list[models.RegionInfo] | None = None
    """List of the regions available for StreamLink.

    Wire name: ``Regions``.
    """


_KNOWN = frozenset(StreamLinkRegionInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> StreamLinkRegionInfo:
    """Decode one ``StreamLinkRegionInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(StreamLinkRegionInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Regions")
    if v is not None:
        n += 1
        v = _d.objects("Regions", v, _S["RegionInfo"])
    o.regions = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(StreamLinkRegionInfo, _structure)
