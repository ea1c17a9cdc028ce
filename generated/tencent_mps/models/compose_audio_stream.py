# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeAudioStream``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeAudioStream:
    """Audio stream settings of the output of a video composition task.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "codec": "Codec",
        "sample_rate": "SampleRate",
        "audio_channel": "AudioChannel",
        "bitrate": "Bitrate",
    }
    """Attribute name -> wire name, for every field."""

    codec: str | None = None
    """Audio codec: AAC (default, for mp4 containers) or MP3 (for mp3 containers).

    Known values (:class:`tencent_mps.enums.ComposeAudioStreamCodec`); others may appear:
    ``AAC``: aac encoding, for mp4 output (default)
    ``MP3``: mp3 encoding, for mp3 output

    Wire name: ``Codec``.
    """

    sample_rate: int | None = None
    """Audio sample rate in Hz: 16000 (default), 32000, 44100 or 48000.

    Unit: Hz.

    Known values; others may appear:
    ``16000``: 16 kHz (default)
    ``32000``: 32 kHz
    ``44100``: 44.1 kHz
    ``48000``: 48 kHz

    Wire name: ``SampleRate``.
    """

    audio_channel: int | None = None
    """Number of audio channels: 1 for mono or 2 for stereo (default).

    Known values; others may appear:
    ``1``: mono
    ``2``: stereo (default)

    Wire name: ``AudioChannel``.
    """

    bitrate: int | None = None
    """Target audio bitrate in kbps, range 26-10000. When unset, the service picks a suitable
    bitrate from the audio parameters.

    Unit: kbps.

    Wire name: ``Bitrate``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ComposeAudioStream:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Codec",
        "SampleRate",
        "AudioChannel",
        "Bitrate",
    }
)


def _structure(data: Any) -> ComposeAudioStream:
    """Decode one ``ComposeAudioStream`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeAudioStream)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Codec")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Codec", "a string", v)
    o.codec = v
    v = get("SampleRate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SampleRate", "an integer", v)
    o.sample_rate = v
    v = get("AudioChannel")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("AudioChannel", "an integer", v)
    o.audio_channel = v
    v = get("Bitrate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Bitrate", "an integer", v)
    o.bitrate = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ComposeAudioStream) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.codec
    if v is not None:
        d["Codec"] = v
    v = o.sample_rate
    if v is not None:
        d["SampleRate"] = v
    v = o.audio_channel
    if v is not None:
        d["AudioChannel"] = v
    v = o.bitrate
    if v is not None:
        d["Bitrate"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ComposeAudioStream`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ComposeAudioStream:
        o = _e.as_model(o, ComposeAudioStream)
    d: dict[str, Any] = {}
    v: Any
    v = o.codec
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Codec", v)
        d["Codec"] = v
    v = o.sample_rate
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("SampleRate", v)
        d["SampleRate"] = v
    v = o.audio_channel
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("AudioChannel", v)
        d["AudioChannel"] = v
    v = o.bitrate
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Bitrate", v)
        d["Bitrate"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
