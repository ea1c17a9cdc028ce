# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiParagraphInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiParagraphInfo:
    """One paragraph or chapter produced by AI segmentation of a media file, with its summary,
    title, keywords and time range.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "summary": "Summary",
        "title": "Title",
        "keywords": "Keywords",
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
    }
    """Attribute name -> wire name, for every field."""

    summary: str | None = None
    """Summary of the paragraph. May be null.

    Wire name: ``Summary``.
    """

    title: str | None = None
    """Title of the paragraph.

    Wire name: ``Title``.
    """

    keywords: list[str] | None = None
    """Keywords extracted for the paragraph.

    Wire name: ``Keywords``.
    """

    start_time_offset: float | None = None
    """Start time of the paragraph, in seconds. May be null.

    Unit: s.

    Wire name: ``StartTimeOffset``.
    """

    end_time_offset: float | None = None
    """End time of the paragraph, in seconds. May be null.

    Unit: s.

    Wire name: ``EndTimeOffset``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiParagraphInfo:
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
    }
)


def _structure(data: Any) -> AiParagraphInfo:
    """Decode one ``AiParagraphInfo`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiParagraphInfo)
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AiParagraphInfo) -> dict[str, Any]:
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
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
