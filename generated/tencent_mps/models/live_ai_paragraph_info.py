# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveAiParagraphInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveAiParagraphInfo:
    """One segment of a live stream summary, with its title, summary, keywords and time span.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "summary": "Summary",
        "title": "Title",
        "keywords": "Keywords",
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
        "begin_time": "BeginTime",
        "end_time": "EndTime",
    }
    """Attribute name -> wire name, for every field."""

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

    begin_time: str | None = None
    """Live time at which the segment's slice starts, in ISO date format.

    Wire name: ``BeginTime``.
    """

    end_time: str | None = None
    """Live time at which the segment's slice ends, in ISO date format.

    Wire name: ``EndTime``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LiveAiParagraphInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Summary",
        "Title",
        "Keywords",
        "StartTimeOffset",
        "EndTimeOffset",
        "BeginTime",
        "EndTime",
    }
)


def _structure(data: Any) -> LiveAiParagraphInfo:
    """Decode one ``LiveAiParagraphInfo`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("Keywords", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Keywords", v, "a string", _d.is_str)
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
        if type(v) is not str:
            raise _d.wrong_type("BeginTime", "a string", v)
    o.begin_time = v
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


def _unstructure(o: LiveAiParagraphInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.summary
    if v is not None:
        d["Summary"] = v
    v = o.title
    if v is not None:
        d["Title"] = v
    v = o.keywords
    if v is not None:
        d["Keywords"] = list(v)
    v = o.start_time_offset
    if v is not None:
        d["StartTimeOffset"] = v
    v = o.end_time_offset
    if v is not None:
        d["EndTimeOffset"] = v
    v = o.begin_time
    if v is not None:
        d["BeginTime"] = v
    v = o.end_time
    if v is not None:
        d["EndTime"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
