# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeVideoItem``: the model and its codecs."""

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
class ComposeVideoItem:
    """Video element placed on a composition track, with position, size and image/audio operations.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "source_media": "SourceMedia",
        "track_time": "TrackTime",
        "x_pos": "XPos",
        "y_pos": "YPos",
        "width": "Width",
        "height": "Height",
        "image_operations": "ImageOperations",
        "audio_operations": "AudioOperations",
    }
    """Attribute name -> wire name, for every field."""

    source_media: models.ComposeSourceMedia | None = None
    """Media that supplies the video element.

    Required in requests.

    Wire name: ``SourceMedia``.
    """

    track_time: models.ComposeTrackTime | None = None
    """Timing of the element on the track timeline; when empty, the element directly follows
    the previous one.

    Wire name: ``TrackTime``.
    """

    x_pos: str | None = None
    """Horizontal position of the element's center from the canvas origin, as a percentage of
    canvas width (for example 10%) or in pixels (for example 100px). Defaults to 50%.

    Wire name: ``XPos``.
    """

    y_pos: str | None = None
    """Vertical position of the element's center from the canvas origin, as a percentage of
    canvas height (for example 10%) or in pixels (for example 100px). Defaults to 50%.

    Wire name: ``YPos``.
    """

    width: str | None = None
    """Width of the video clip, as a percentage of canvas width or in pixels (px). If both
    Width and Height are empty or 0 the source size is used; if only one is set, the other
    scales with the source aspect ratio.

    Wire name: ``Width``.
    """

    height: str | None = None
    """Height of the element, as a percentage of canvas height or in pixels (px). If both Width
    and Height are empty or 0 the source size is used; if only one is set, the other scales
    with the source aspect ratio.

    Wire name: ``Height``.
    """

    image_operations: list[models.ComposeImageOperation] | None = None
    """Operations applied to the picture, such as rotation.

    Wire name: ``ImageOperations``.
    """

    audio_operations: list[models.ComposeAudioOperation] | None = None
    """Operations applied to the audio, such as muting.

    Wire name: ``AudioOperations``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ComposeVideoItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "SourceMedia",
        "TrackTime",
        "XPos",
        "YPos",
        "Width",
        "Height",
        "ImageOperations",
        "AudioOperations",
    }
)


def _structure(data: Any) -> ComposeVideoItem:
    """Decode one ``ComposeVideoItem`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeVideoItem)
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
    v = get("XPos")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("XPos", "a string", v)
    o.x_pos = v
    v = get("YPos")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("YPos", "a string", v)
    o.y_pos = v
    v = get("Width")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Width", "a string", v)
    o.width = v
    v = get("Height")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Height", "a string", v)
    o.height = v
    v = get("ImageOperations")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ImageOperations", "an array", v)
        if v:
            f = _S["ComposeImageOperation"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("ImageOperations", v, f) from None
        else:
            v = []
    o.image_operations = v
    v = get("AudioOperations")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("AudioOperations", "an array", v)
        if v:
            f = _S["ComposeAudioOperation"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("AudioOperations", v, f) from None
        else:
            v = []
    o.audio_operations = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ComposeVideoItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.source_media
    if v is not None:
        d["SourceMedia"] = _d.wire(v)
    v = o.track_time
    if v is not None:
        d["TrackTime"] = _d.wire(v)
    v = o.x_pos
    if v is not None:
        d["XPos"] = v
    v = o.y_pos
    if v is not None:
        d["YPos"] = v
    v = o.width
    if v is not None:
        d["Width"] = v
    v = o.height
    if v is not None:
        d["Height"] = v
    v = o.image_operations
    if v is not None:
        d["ImageOperations"] = [_d.wire(x) for x in v]
    v = o.audio_operations
    if v is not None:
        d["AudioOperations"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ComposeVideoItem`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ComposeVideoItem:
        o = _e.as_model(o, ComposeVideoItem)
    d: dict[str, Any] = {}
    v: Any
    v = o.source_media
    if v is None:
        raise _e.missing("SourceMedia", "an object")
    try:
        d["SourceMedia"] = _R["ComposeSourceMedia"](v)
    except ValidationError as e:
        raise e.with_prefix("SourceMedia") from None
    v = o.track_time
    if v is not None:
        try:
            d["TrackTime"] = _R["ComposeTrackTime"](v)
        except ValidationError as e:
            raise e.with_prefix("TrackTime") from None
    v = o.x_pos
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("XPos", v)
        d["XPos"] = v
    v = o.y_pos
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("YPos", v)
        d["YPos"] = v
    v = o.width
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Width", v)
        d["Width"] = v
    v = o.height
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Height", v)
        d["Height"] = v
    v = o.image_operations
    if v is not None:
        d["ImageOperations"] = _e.models("ImageOperations", v, _R["ComposeImageOperation"])
    v = o.audio_operations
    if v is not None:
        d["AudioOperations"] = _e.models("AudioOperations", v, _R["ComposeAudioOperation"])
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
