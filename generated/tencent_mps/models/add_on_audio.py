# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AddOnAudio``: the model and its codecs."""

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
class AddOnAudio:
    """An external audio track attached to an adaptive bitrate streaming output, together with its
    track name, language and default flag.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_info": "InputInfo",
        "audio_name": "AudioName",
        "audio_language": "AudioLanguage",
        "default_track": "DefaultTrack",
    }
    """Attribute name -> wire name, for every field."""

    input_info: models.MediaInputInfo | None = None
    """Where to read the external audio file from. Supported audio codecs are aac, ac3, eac3,
    flac, opus and mp3; flac cannot be used when the adaptive streaming template uses ts
    segments.

    Required in requests.

    Wire name: ``InputInfo``.
    """

    audio_name: str | None = None
    """Display name of the audio track, e.g. English. Only letters (including Chinese), digits,
    spaces, underscores, hyphens, periods and parentheses are allowed, up to 64 characters.

    Wire name: ``AudioName``.
    """

    audio_language: str | None = None
    """Language of the audio track as an ISO 639-2 code, such as chi or eng.

    Wire name: ``AudioLanguage``.
    """

    default_track: bool | None = None
    """Whether this audio is the default audio track; at most one track can be marked as
    default. Defaults to false.

    Wire name: ``DefaultTrack``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AddOnAudio:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "InputInfo",
        "AudioName",
        "AudioLanguage",
        "DefaultTrack",
    }
)


def _structure(data: Any) -> AddOnAudio:
    """Decode one ``AddOnAudio`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AddOnAudio)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("InputInfo")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("InputInfo") from None
    o.input_info = v
    v = get("AudioName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AudioName", "a string", v)
    o.audio_name = v
    v = get("AudioLanguage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AudioLanguage", "a string", v)
    o.audio_language = v
    v = get("DefaultTrack")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("DefaultTrack", "a boolean", v)
    o.default_track = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AddOnAudio) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.input_info
    if v is not None:
        d["InputInfo"] = _d.wire(v)
    v = o.audio_name
    if v is not None:
        d["AudioName"] = v
    v = o.audio_language
    if v is not None:
        d["AudioLanguage"] = v
    v = o.default_track
    if v is not None:
        d["DefaultTrack"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AddOnAudio`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AddOnAudio:
        o = _e.as_model(o, AddOnAudio)
    d: dict[str, Any] = {}
    v: Any
    v = o.input_info
    if v is None:
        raise _e.missing("InputInfo", "an object")
    try:
        d["InputInfo"] = _R["MediaInputInfo"](v)
    except ValidationError as e:
        raise e.with_prefix("InputInfo") from None
    v = o.audio_name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AudioName", v)
        d["AudioName"] = v
    v = o.audio_language
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AudioLanguage", v)
        d["AudioLanguage"] = v
    v = o.default_track
    if v is not None:
        if type(v) is not bool:
            raise _e.wrong_type("DefaultTrack", "a boolean", v)
        d["DefaultTrack"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
