# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeAudioStream`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeAudioStream(Model):
    """Audio stream settings of the output of a video composition task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "codec": "Codec",
        "sample_rate": "SampleRate",
        "audio_channel": "AudioChannel",
        "bitrate": "Bitrate",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "int",
        "int",
    )

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


_KNOWN = frozenset(ComposeAudioStream.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ComposeAudioStream:
    """Decode one ``ComposeAudioStream`` wire object: the straight-line decoder of this model."""
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


bind(ComposeAudioStream, _structure)
