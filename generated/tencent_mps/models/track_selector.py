# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TrackSelector`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TrackSelector(Model):
    """Selects audio and video tracks of a stream by their index."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "video_index": "VideoIndex",
        "audio_index": "AudioIndex",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[int",
        "[int",
    )

    video_index: list[int] | None = None
    """Indexes of the video tracks to use, starting from 1.

    Wire name: ``VideoIndex``.
    """

    audio_index: list[int] | None = None
    """Indexes of the audio tracks to use, starting from 1.

    Wire name: ``AudioIndex``.
    """


_KNOWN = frozenset(TrackSelector.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TrackSelector:
    """Decode one ``TrackSelector`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TrackSelector)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("VideoIndex")
    if v is not None:
        n += 1
        v = _d.int_list("VideoIndex", v)
    o.video_index = v
    v = get("AudioIndex")
    if v is not None:
        n += 1
        v = _d.int_list("AudioIndex", v)
    o.audio_index = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(TrackSelector, _structure)
