# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeMediaTrack`` (sent in requests)."""

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
class ComposeMediaTrack(Model):
    """A track of a video composition task, holding a list of elements on a shared timeline."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "items": "Items",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "[ComposeMediaItem!",
    )

    type: str | None = None
    """Kind of track: Video (Video, Image, Transition and Empty elements), Audio (Audio,
    Transition and Empty elements) or Title (Subtitle elements).

    Known values (:class:`tencent_mps.enums.ComposeMediaTrackType`); others may appear:
    ``Video``: video track
    ``Image``: image element, allowed on video tracks
    ``Transition``: transition element, allowed on video and audio tracks
    ``Empty``: blank element, allowed on video and audio tracks
    ``Audio``: audio track
    ``Title``: text track holding subtitle elements
    ``Subtitle``: subtitle element, allowed on text tracks

    Required in requests.

    Wire name: ``Type``.
    """

    items: list[models.ComposeMediaItem] | None = None
    """Elements on the track.

    Required in requests.

    Wire name: ``Items``.
    """


_KNOWN = frozenset(ComposeMediaTrack.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ComposeMediaTrack:
    """Decode one ``ComposeMediaTrack`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeMediaTrack)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Items")
    if v is not None:
        n += 1
        v = _d.objects("Items", v, _S["ComposeMediaItem"])
    o.items = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ComposeMediaTrack, _structure)
