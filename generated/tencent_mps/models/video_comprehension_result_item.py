# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``VideoComprehensionResultItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class VideoComprehensionResultItem(Model):
    """One shot (storyboard segment) produced by video comprehension, with its timing, title,
    description and keywords.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "start_time": "StartTime",
        "end_time": "EndTime",
        "title": "Title",
        "description": "Description",
        "keywords": "Keywords",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "float",
        "float",
        "str",
        "str",
        "[str",
    )

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


_KNOWN = frozenset(VideoComprehensionResultItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> VideoComprehensionResultItem:
    """Decode one ``VideoComprehensionResultItem`` wire object: the straight-line decoder of this model."""
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
        v = _d.str_list("Keywords", v)
    o.keywords = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(VideoComprehensionResultItem, _structure)
