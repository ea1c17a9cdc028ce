# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveAiParagraphInfo``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveAiParagraphInfo(Model):
    """One segment of a live stream summary, with its title, summary, keywords and time span."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "summary": "Summary",
        "title": "Title",
        "keywords": "Keywords",
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
        "begin_time": "BeginTime",
        "end_time": "EndTime",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "[str",
        "float",
        "float",
        "datetime",
        "datetime",
    )

    summary: str | None = None
    """Summary text of the segment.

    Wire name: ``Summary``.
    """

    title: str | None = None
    """Title generated for the segment.

    Wire name: ``Title``.
    """

    keywords: list[str] | None = None
    """Keywords extracted for the segment.

    Wire name: ``Keywords``.
    """

    start_time_offset: float | None = None
    """Start of the segment, as an offset in seconds.

    Unit: s.

    Wire name: ``StartTimeOffset``.
    """

    end_time_offset: float | None = None
    """End of the segment, as an offset in seconds.

    Unit: s.

    Wire name: ``EndTimeOffset``.
    """

    begin_time: datetime | None = None
    """Live time at which the segment's slice starts, in ISO date format.

    Wire name: ``BeginTime``.
    """

    end_time: datetime | None = None
    """Live time at which the segment's slice ends, in ISO date format.

    Wire name: ``EndTime``.
    """


_KNOWN = frozenset(LiveAiParagraphInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveAiParagraphInfo:
    """Decode one ``LiveAiParagraphInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveAiParagraphInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Summary")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Summary", "a string", v)
    o.summary = v
    v = get("Title")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Title", "a string", v)
    o.title = v
    v = get("Keywords")
    if v is not None:
        n += 1
        v = _d.str_list("Keywords", v)
    o.keywords = v
    v = get("StartTimeOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("StartTimeOffset", v)
    o.start_time_offset = v
    v = get("EndTimeOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("EndTimeOffset", v)
    o.end_time_offset = v
    v = get("BeginTime")
    if v is not None:
        n += 1
        v = _t.decode("BeginTime", v)
    o.begin_time = v
    v = get("EndTime")
    if v is not None:
        n += 1
        v = _t.decode("EndTime", v)
    o.end_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveAiParagraphInfo, _structure)
