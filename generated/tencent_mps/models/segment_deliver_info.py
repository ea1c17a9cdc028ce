# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SegmentDeliverInfo``: the model and its codecs."""

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
class SegmentDeliverInfo:
    """Segment delivery settings of a SourceLocation: a default segment URL and custom servers.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "default_segment_url": "DefaultSegmentUrl",
        "name_servers": "NameServers",
    }
    """Attribute name -> wire name, for every field."""

    default_segment_url: str | None = None
    """Default address from which content segments are served.

    Wire name: ``DefaultSegmentUrl``.
    """

    name_servers: list[models.NameServer] | None = None
    """Custom servers used to deliver segments.

    Wire name: ``NameServers``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SegmentDeliverInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "DefaultSegmentUrl",
        "NameServers",
    }
)


def _structure(data: Any) -> SegmentDeliverInfo:
    """Decode one ``SegmentDeliverInfo`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("NameServers", "an array", v)
        if v:
            f = _S["NameServer"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("NameServers", v, f) from None
        else:
            v = []
    o.name_servers = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: SegmentDeliverInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.default_segment_url
    if v is not None:
        d["DefaultSegmentUrl"] = v
    v = o.name_servers
    if v is not None:
        d["NameServers"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``SegmentDeliverInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not SegmentDeliverInfo:
        o = _e.as_model(o, SegmentDeliverInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.default_segment_url
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("DefaultSegmentUrl", v)
        d["DefaultSegmentUrl"] = v
    v = o.name_servers
    if v is not None:
        d["NameServers"] = _e.models("NameServers", v, _R["NameServer"])
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
