# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeSourceMedia`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeSourceMedia(Model):
    """Source material of a composition element and the time range taken from it."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "file_id": "FileId",
        "start_time": "StartTime",
        "end_time": "EndTime",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
        "str",
    )

    file_id: str | None = None
    """ID of the source material, matching an entry in the FileInfos list.

    Required in requests.

    Wire name: ``FileId``.
    """

    start_time: str | None = None
    """Start point within the source material, in seconds (for example 3.5s) or as a percentage
    of its duration (for example 10%). Defaults to 0s.

    Wire name: ``StartTime``.
    """

    end_time: str | None = None
    """End point within the source material, in seconds (s) or as a percentage of its duration
    (%); must be at least 0.02 seconds after StartTime. Defaults to the track duration if
    set, otherwise the material duration, or 1 second for material without a duration.

    Wire name: ``EndTime``.
    """


_KNOWN = frozenset(ComposeSourceMedia.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ComposeSourceMedia:
    """Decode one ``ComposeSourceMedia`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeSourceMedia)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FileId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FileId", "a string", v)
    o.file_id = v
    v = get("StartTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("StartTime", "a string", v)
    o.start_time = v
    v = get("EndTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EndTime", "a string", v)
    o.end_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ComposeSourceMedia, _structure)
