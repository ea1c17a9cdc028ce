# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AudioTemplateInfo`` (sent in requests)."""

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
class AudioTemplateInfo(Model):
    """Audio stream settings of a transcoding template, covering codec, bitrate, sample rate,
    channel layout and track metadata for the output audio.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "codec": "Codec",
        "bitrate": "Bitrate",
        "sample_rate": "SampleRate",
        "audio_channel": "AudioChannel",
        "track_channel_info": "TrackChannelInfo",
        "audio_language": "AudioLanguage",
        "audio_name": "AudioName",
        "default_track": "DefaultTrack",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "int!",
        "int!",
        "int",
        "AudioTrackChannelInfo",
        "str",
        "str",
        "bool",
    )

    codec: str | None = None
    """Audio codec of the output stream. Allowed codecs depend on the container: copy (no re-
    encode); mp3 for mp3; flac for ogg/flac; aac or ac3 for m4a; aac, mp3 or mp2 for
    mp4/flv; aac, mp3 or eac3 (used when merging tracks in adaptive transcoding) for hls;
    pcm16 or pcm24 for wav.

    Known values (:class:`tencent_mps.enums.AudioTemplateInfoCodec`); others may appear:
    ``copy``: Keep the source audio without transcoding
    ``mp3``: MP3 (mp3, mp4, flv, hls containers; better for flv)
    ``flac``: FLAC (ogg, flac containers)
    ``aac``: AAC (m4a, mp4, flv, hls containers; better for mp4)
    ``ac3``: AC-3 (m4a container)
    ``mp2``: MPEG-1 Audio Layer II (mp4, flv containers)
    ``eac3``: E-AC-3 (hls, for adaptive track merging)
    ``pcm16``: 16-bit PCM (wav container)
    ``pcm24``: 24-bit PCM (wav container)

    Required in requests.

    Wire name: ``Codec``.
    """

    bitrate: int | None = None
    """Audio bitrate in kbps, either 0 (keep the source bitrate) or 26-256. When
    TrackChannelInfo merging is used, 0 is not allowed and the range is 26-256 for aac,
    26-640 for ac3 and 26-6144 for eac3 (max 5644 at 44100 Hz, 6144 at 48000 Hz).

    Unit: kbps.

    Required in requests.

    Wire name: ``Bitrate``.
    """

    sample_rate: int | None = None
    """Audio sample rate in Hz; supported values depend on the codec and 0 means use the source
    sample rate. The source sample rate must be within the supported options or transcoding
    may fail.

    Unit: Hz.

    Required in requests.

    Wire name: ``SampleRate``.
    """

    audio_channel: int | None = None
    """Audio channel layout. 5.1 is not allowed when the container is an audio format such as
    mp3, and following the source may fail if the codec cannot handle the source layout.
    Default 2.

    Known values; others may appear:
    ``0``: Same channel count as the source
    ``1``: Mono
    ``2``: Stereo
    ``6``: 5.1 surround

    Wire name: ``AudioChannel``.
    """

    track_channel_info: models.AudioTrackChannelInfo | None = None
    """Settings for merging audio tracks, effective only for adaptive bitrate transcoding. May
    be null.

    Wire name: ``TrackChannelInfo``.
    """

    audio_language: str | None = None
    """Language of the audio track as an ISO 639-2 code such as chi or eng; applies only to
    adaptive bitrate templates, and source keeps the source language.

    Wire name: ``AudioLanguage``.
    """

    audio_name: str | None = None
    """Display name of the audio track, up to 64 characters of Chinese or English letters,
    digits, spaces, underscores, hyphens, periods and brackets; applies only to adaptive
    bitrate templates, and source keeps the source name.

    Wire name: ``AudioName``.
    """

    default_track: bool | None = None
    """Whether this audio track is the default track; at most one track can be the default.
    Default false.

    Wire name: ``DefaultTrack``.
    """


_KNOWN = frozenset(AudioTemplateInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AudioTemplateInfo:
    """Decode one ``AudioTemplateInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AudioTemplateInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Codec")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Codec", "a string", v)
    o.codec = v
    v = get("Bitrate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Bitrate", "an integer", v)
    o.bitrate = v
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
    v = get("TrackChannelInfo")
    if v is not None:
        n += 1
        try:
            v = _S["AudioTrackChannelInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("TrackChannelInfo") from None
    o.track_channel_info = v
    v = get("AudioLanguage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AudioLanguage", "a string", v)
    o.audio_language = v
    v = get("AudioName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AudioName", "a string", v)
    o.audio_name = v
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


bind(AudioTemplateInfo, _structure)
