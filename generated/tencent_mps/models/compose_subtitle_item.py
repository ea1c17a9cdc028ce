# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeSubtitleItem`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeSubtitleItem(Model):
    """Subtitle element of a composition task: text, style reference and timing."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "style_id": "StyleId",
        "text": "Text",
        "track_time": "TrackTime",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "ComposeTrackTime",
    )

    style_id: str | None = None
    """ID of the Subtitle style in the Styles list to apply.

    Required in requests.

    Wire name: ``StyleId``.
    """

    text: str | None = None
    """Subtitle text; long text may run off the frame, so insert \\n line breaks.

    Required in requests.

    Wire name: ``Text``.
    """

    track_time: models.ComposeTrackTime | None = None
    """Timing of the element on the track timeline; when empty, the element directly follows
    the previous one.

    Wire name: ``TrackTime``.
    """


_KNOWN = frozenset(ComposeSubtitleItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ComposeSubtitleItem:
    """Decode one ``ComposeSubtitleItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeSubtitleItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("StyleId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("StyleId", "a string", v)
    o.style_id = v
    v = get("Text")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Text", "a string", v)
    o.text = v
    v = get("TrackTime")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeTrackTime"](v)
        except DecodeError as e:
            raise e.with_prefix("TrackTime") from None
    o.track_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ComposeSubtitleItem, _structure)
