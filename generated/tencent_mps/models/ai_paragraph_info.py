# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiParagraphInfo``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiParagraphInfo(Model):
    """One paragraph or chapter produced by AI segmentation of a media file, with its summary,
    title, keywords and time range.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "summary": "Summary",
        "title": "Title",
        "keywords": "Keywords",
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "[str",
        "float",
        "float",
    )

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


_KNOWN = frozenset(AiParagraphInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiParagraphInfo:
    """Decode one ``AiParagraphInfo`` wire object: the straight-line decoder of this model."""
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiParagraphInfo, _structure)
