# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SegmentDeliverInfo`` (sent in requests)."""

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
class SegmentDeliverInfo(Model):
    """Segment delivery settings of a SourceLocation: a default segment URL and custom servers."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "default_segment_url": "DefaultSegmentUrl",
        "name_servers": "NameServers",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[NameServer",
    )

    default_segment_url: str | None = None
    """Default address from which content segments are served.

    Wire name: ``DefaultSegmentUrl``.
    """

    name_servers: list[models.NameServer] | None = None
    """Custom servers used to deliver segments.

    Wire name: ``NameServers``.
    """


_KNOWN = frozenset(SegmentDeliverInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SegmentDeliverInfo:
    """Decode one ``SegmentDeliverInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SegmentDeliverInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("DefaultSegmentUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("DefaultSegmentUrl", "a string", v)
    o.default_segment_url = v
    v = get("NameServers")
    if v is not None:
        n += 1
        v = _d.objects("NameServers", v, _S["NameServer"])
    o.name_servers = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SegmentDeliverInfo, _structure)
