# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaSnapshotByTimePicInfoItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaSnapshotByTimePicInfoItem:
    """Information about one snapshot image captured at a specified time point.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "time_offset": "TimeOffset",
        "path": "Path",
        "water_mark_definition": "WaterMarkDefinition",
    }
    """Attribute name -> wire name, for every field."""

    time_offset: float | None = None
    """Time offset of this snapshot within the video, in seconds.

    Unit: s.

    Wire name: ``TimeOffset``.
    """

    path: str | None = None
    """Path of the snapshot image.

    Wire name: ``Path``.
    """

    water_mark_definition: list[int] | None = None
    """IDs of the watermark templates applied to the snapshot, if any.

    Wire name: ``WaterMarkDefinition``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MediaSnapshotByTimePicInfoItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "TimeOffset",
        "Path",
        "WaterMarkDefinition",
    }
)


def _structure(data: Any) -> MediaSnapshotByTimePicInfoItem:
    """Decode one ``MediaSnapshotByTimePicInfoItem`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaSnapshotByTimePicInfoItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TimeOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("TimeOffset", v)
    o.time_offset = v
    v = get("Path")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Path", "a string", v)
    o.path = v
    v = get("WaterMarkDefinition")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("WaterMarkDefinition", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is int for x in v):
            _d.check_items("WaterMarkDefinition", v, "an integer", _d.is_int)
    o.water_mark_definition = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: MediaSnapshotByTimePicInfoItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.time_offset
    if v is not None:
        d["TimeOffset"] = v
    v = o.path
    if v is not None:
        d["Path"] = v
    v = o.water_mark_definition
    if v is not None:
        d["WaterMarkDefinition"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
