# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeMediaItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeMediaItem:
    """One element on a composition track; Type selects which of the element fields applies.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "video": "Video",
        "audio": "Audio",
        "image": "Image",
        "transition": "Transition",
        "subtitle": "Subtitle",
        "empty": "Empty",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ComposeMediaItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "Video",
        "Audio",
        "Image",
        "Transition",
        "Subtitle",
        "Empty",
    }
)


def _structure(data: Any) -> ComposeMediaItem:
    """Decode one ``ComposeMediaItem`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ComposeMediaItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.video
    if v is not None:
        d["Video"] = _d.wire(v)
    v = o.audio
    if v is not None:
        d["Audio"] = _d.wire(v)
    v = o.image
    if v is not None:
        d["Image"] = _d.wire(v)
    v = o.transition
    if v is not None:
        d["Transition"] = _d.wire(v)
    v = o.subtitle
    if v is not None:
        d["Subtitle"] = _d.wire(v)
    v = o.empty
    if v is not None:
        d["Empty"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ComposeMediaItem`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ComposeMediaItem:
        o = _e.as_model(o, ComposeMediaItem)
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is None:
        raise _e.missing("Type", "a string")
    if type(v) is not str:
        v = _e.as_str("Type", v)
    d["Type"] = v
    v = o.video
    if v is not None:
        try:
            d["Video"] = _R["ComposeVideoItem"](v)
        except ValidationError as e:
            raise e.with_prefix("Video") from None
    v = o.audio
    if v is not None:
        try:
            d["Audio"] = _R["ComposeAudioItem"](v)
        except ValidationError as e:
            raise e.with_prefix("Audio") from None
    v = o.image
    if v is not None:
        try:
            d["Image"] = _R["ComposeImageItem"](v)
        except ValidationError as e:
            raise e.with_prefix("Image") from None
    v = o.transition
    if v is not None:
        try:
            d["Transition"] = _R["ComposeTransitionItem"](v)
        except ValidationError as e:
            raise e.with_prefix("Transition") from None
    v = o.subtitle
    if v is not None:
        try:
            d["Subtitle"] = _R["ComposeSubtitleItem"](v)
        except ValidationError as e:
            raise e.with_prefix("Subtitle") from None
    v = o.empty
    if v is not None:
        try:
            d["Empty"] = _R["ComposeEmptyItem"](v)
        except ValidationError as e:
            raise e.with_prefix("Empty") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
