# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeAudioItem``: the model and its codecs."""

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
class ComposeAudioItem:
    """Audio element placed on a track of a video composition task.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "source_media": "SourceMedia",
        "track_time": "TrackTime",
        "audio_operations": "AudioOperations",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ComposeAudioItem:
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
        "AudioOperations",
    }
)


def _structure(data: Any) -> ComposeAudioItem:
    """Decode one ``ComposeAudioItem`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ComposeAudioItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.source_media
    if v is not None:
        d["SourceMedia"] = _d.wire(v)
    v = o.track_time
    if v is not None:
        d["TrackTime"] = _d.wire(v)
    v = o.audio_operations
    if v is not None:
        d["AudioOperations"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ComposeAudioItem`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ComposeAudioItem:
        o = _e.as_model(o, ComposeAudioItem)
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
    v = o.audio_operations
    if v is not None:
        d["AudioOperations"] = _e.models("AudioOperations", v, _R["ComposeAudioOperation"])
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
