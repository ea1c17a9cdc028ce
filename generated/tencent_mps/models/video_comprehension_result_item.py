# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``VideoComprehensionResultItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class VideoComprehensionResultItem:
    """One shot (storyboard segment) produced by video comprehension, with its timing, title,
    description and keywords.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "start_time": "StartTime",
        "end_time": "EndTime",
        "title": "Title",
        "description": "Description",
        "keywords": "Keywords",
    }
    """Attribute name -> wire name, for every field."""

    start_time: float | None = None
    """Start time of the shot segment, in seconds.

    Unit: s.

    Wire name: ``StartTime``.
    """

    end_time: float | None = None
    """End time of the shot segment, in seconds.

    Unit: s.

    Wire name: ``EndTime``.
    """

    title: str | None = None
    """Generated title of the shot segment.

    Wire name: ``Title``.
    """

    description: str | None = None
    """Generated description of what happens in the shot segment.

    Wire name: ``Description``.
    """

    keywords: list[str] | None = None
    """Keywords for the shot segment.

    Wire name: ``Keywords``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VideoComprehensionResultItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "StartTime",
        "EndTime",
        "Title",
        "Description",
        "Keywords",
    }
)


def _structure(data: Any) -> VideoComprehensionResultItem:
    """Decode one ``VideoComprehensionResultItem`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(VideoComprehensionResultItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("StartTime")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("StartTime", v)
    o.start_time = v
    v = get("EndTime")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("EndTime", v)
    o.end_time = v
    v = get("Title")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Title", "a string", v)
    o.title = v
    v = get("Description")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Description", "a string", v)
    o.description = v
    v = get("Keywords")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Keywords", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Keywords", v, "a string", _d.is_str)
    o.keywords = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: VideoComprehensionResultItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.start_time
    if v is not None:
        d["StartTime"] = v
    v = o.end_time
    if v is not None:
        d["EndTime"] = v
    v = o.title
    if v is not None:
        d["Title"] = v
    v = o.description
    if v is not None:
        d["Description"] = v
    v = o.keywords
    if v is not None:
        d["Keywords"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
