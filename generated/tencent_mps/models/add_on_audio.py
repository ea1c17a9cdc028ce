# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AddOnAudio`` (sent in requests)."""

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
class AddOnAudio(Model):
    """An external audio track attached to an adaptive bitrate streaming output, together with its
    track name, language and default flag.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_info": "InputInfo",
        "audio_name": "AudioName",
        "audio_language": "AudioLanguage",
        "default_track": "DefaultTrack",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "MediaInputInfo!",
        "str",
        "str",
        "bool",
    )

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


_KNOWN = frozenset(AddOnAudio.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AddOnAudio:
    """Decode one ``AddOnAudio`` wire object: the straight-line decoder of this model."""
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


bind(AddOnAudio, _structure)
