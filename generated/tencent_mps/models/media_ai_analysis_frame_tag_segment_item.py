# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaAiAnalysisFrameTagSegmentItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaAiAnalysisFrameTagSegmentItem(Model):
    """A time range of the media together with the frame-level tags detected in it."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
        "tag_set": "TagSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "float",
        "float",
        "[MediaAiAnalysisFrameTagItem",
    )

    start_time_offset: float | None = None
    """Offset at which this frame-tag segment begins, in seconds.

    Unit: s.

    Wire name: ``StartTimeOffset``.
    """

    end_time_offset: float | None = None
    """Offset at which this frame-tag segment ends, in seconds.

    Unit: s.

    Wire name: ``EndTimeOffset``.
    """

    tag_set: list[models.MediaAiAnalysisFrameTagItem] | None = None
    """Tags detected within this time range.

    Wire name: ``TagSet``.
    """


_KNOWN = frozenset(MediaAiAnalysisFrameTagSegmentItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaAiAnalysisFrameTagSegmentItem:
    """Decode one ``MediaAiAnalysisFrameTagSegmentItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaAiAnalysisFrameTagSegmentItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
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
    v = get("TagSet")
    if v is not None:
        n += 1
        v = _d.objects("TagSet", v, _S["MediaAiAnalysisFrameTagItem"])
    o.tag_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MediaAiAnalysisFrameTagSegmentItem, _structure)
