# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeAudioItem`` (sent in requests)."""

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
class ComposeAudioItem(Model):
    """Audio element placed on a track of a video composition task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "source_media": "SourceMedia",
        "track_time": "TrackTime",
        "audio_operations": "AudioOperations",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "ComposeSourceMedia!",
        "ComposeTrackTime",
        "[ComposeAudioOperation",
    )

    source_media: models.ComposeSourceMedia | None = None
    """Media that supplies the audio element.

    Required in requests.

    Wire name: ``SourceMedia``.
    """

    track_time: models.ComposeTrackTime | None = None
    """Timing of the element on the track timeline; when empty, the element directly follows
    the previous one.

    Wire name: ``TrackTime``.
    """

    audio_operations: list[models.ComposeAudioOperation] | None = None
    """Operations applied to the audio, such as muting.

    Wire name: ``AudioOperations``.
    """


_KNOWN = frozenset(ComposeAudioItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ComposeAudioItem:
    """Decode one ``ComposeAudioItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeAudioItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SourceMedia")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeSourceMedia"](v)
        except DecodeError as e:
            raise e.with_prefix("SourceMedia") from None
    o.source_media = v
    v = get("TrackTime")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeTrackTime"](v)
        except DecodeError as e:
            raise e.with_prefix("TrackTime") from None
    o.track_time = v
    v = get("AudioOperations")
    if v is not None:
        n += 1
        v = _d.objects("AudioOperations", v, _S["ComposeAudioOperation"])
    o.audio_operations = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ComposeAudioItem, _structure)
