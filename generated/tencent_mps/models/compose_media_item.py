# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeMediaItem`` (sent in requests)."""

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
class ComposeMediaItem(Model):
    """One element on a composition track; Type selects which of the element fields applies."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "video": "Video",
        "audio": "Audio",
        "image": "Image",
        "transition": "Transition",
        "subtitle": "Subtitle",
        "empty": "Empty",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "ComposeVideoItem",
        "ComposeAudioItem",
        "ComposeImageItem",
        "ComposeTransitionItem",
        "ComposeSubtitleItem",
        "ComposeEmptyItem",
    )

    type: str | None = None
    """Kind of element: Video, Audio, Image, Transition, Subtitle or Empty.

    Known values (:class:`tencent_mps.enums.ComposeMediaItemType`); others may appear:
    ``Video``: video element
    ``Audio``: audio element
    ``Image``: image element
    ``Transition``: transition element
    ``Subtitle``: subtitle element
    ``Empty``: blank element that only takes up time

    Required in requests.

    Wire name: ``Type``.
    """

    video: models.ComposeVideoItem | None = None
    """Video element; used when Type is Video.

    Wire name: ``Video``.
    """

    audio: models.ComposeAudioItem | None = None
    """Audio element; used when Type is Audio.

    Wire name: ``Audio``.
    """

    image: models.ComposeImageItem | None = None
    """Image element; used when Type is Image.

    Wire name: ``Image``.
    """

    transition: models.ComposeTransitionItem | None = None
    """Transition element; used when Type is Transition.

    Wire name: ``Transition``.
    """

    subtitle: models.ComposeSubtitleItem | None = None
    """Subtitle element; used when Type is Subtitle.

    Wire name: ``Subtitle``.
    """

    empty: models.ComposeEmptyItem | None = None
    """Blank element that holds a place on the timeline; used when Type is Empty.

    Wire name: ``Empty``.
    """


_KNOWN = frozenset(ComposeMediaItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ComposeMediaItem:
    """Decode one ``ComposeMediaItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeMediaItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Video")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeVideoItem"](v)
        except DecodeError as e:
            raise e.with_prefix("Video") from None
    o.video = v
    v = get("Audio")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeAudioItem"](v)
        except DecodeError as e:
            raise e.with_prefix("Audio") from None
    o.audio = v
    v = get("Image")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeImageItem"](v)
        except DecodeError as e:
            raise e.with_prefix("Image") from None
    o.image = v
    v = get("Transition")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeTransitionItem"](v)
        except DecodeError as e:
            raise e.with_prefix("Transition") from None
    o.transition = v
    v = get("Subtitle")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeSubtitleItem"](v)
        except DecodeError as e:
            raise e.with_prefix("Subtitle") from None
    o.subtitle = v
    v = get("Empty")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeEmptyItem"](v)
        except DecodeError as e:
            raise e.with_prefix("Empty") from None
    o.empty = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ComposeMediaItem, _structure)
