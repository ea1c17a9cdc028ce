# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeTrackTime`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeTrackTime(Model):
    """Start time and duration of an element on the output timeline of a composition task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "start": "Start",
        "duration": "Duration",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
    )

    start: str | None = None
    """Start time of the element on the track, in seconds ending in s (for example 3.5s).
    Defaults to the end of the previous element; insert an Empty element before it to start
    later.

    Wire name: ``Start``.
    """

    duration: str | None = None
    """Duration of the element in seconds ending in s (for example 3.5s). Defaults to the
    effective length of its source media (EndTime - StartTime), or 1 second when there is no
    source media.

    Wire name: ``Duration``.
    """


_KNOWN = frozenset(ComposeTrackTime.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ComposeTrackTime:
    """Decode one ``ComposeTrackTime`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeTrackTime)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Start")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Start", "a string", v)
    o.start = v
    v = get("Duration")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Duration", "a string", v)
    o.duration = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ComposeTrackTime, _structure)
