# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaSnapshotByTimePicInfoItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaSnapshotByTimePicInfoItem(Model):
    """Information about one snapshot image captured at a specified time point."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "time_offset": "TimeOffset",
        "path": "Path",
        "water_mark_definition": "WaterMarkDefinition",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "float",
        "str",
        "[int",
    )

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


_KNOWN = frozenset(MediaSnapshotByTimePicInfoItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaSnapshotByTimePicInfoItem:
    """Decode one ``MediaSnapshotByTimePicInfoItem`` wire object: the straight-line decoder of this model."""
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
        v = _d.int_list("WaterMarkDefinition", v)
    o.water_mark_definition = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MediaSnapshotByTimePicInfoItem, _structure)
