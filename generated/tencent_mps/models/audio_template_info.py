# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AudioTemplateInfo``: the model and its codecs."""

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
class AudioTemplateInfo:
    """Audio stream settings of a transcoding template, covering codec, bitrate, sample rate,
    channel layout and track metadata for the output audio.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AudioTemplateInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Codec",
        "Bitrate",
        "SampleRate",
        "AudioChannel",
        "TrackChannelInfo",
        "AudioLanguage",
        "AudioName",
        "DefaultTrack",
    }
)


def _structure(data: Any) -> AudioTemplateInfo:
    """Decode one ``AudioTemplateInfo`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: AudioTemplateInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.codec
    if v is not None:
        d["Codec"] = v
    v = o.bitrate
    if v is not None:
        d["Bitrate"] = v
    v = o.sample_rate
    if v is not None:
        d["SampleRate"] = v
    v = o.audio_channel
    if v is not None:
        d["AudioChannel"] = v
    v = o.track_channel_info
    if v is not None:
        d["TrackChannelInfo"] = _d.wire(v)
    v = o.audio_language
    if v is not None:
        d["AudioLanguage"] = v
    v = o.audio_name
    if v is not None:
        d["AudioName"] = v
    v = o.default_track
    if v is not None:
        d["DefaultTrack"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AudioTemplateInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AudioTemplateInfo:
        o = _e.as_model(o, AudioTemplateInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.codec
    if v is None:
        raise _e.missing("Codec", "a string")
    if type(v) is not str:
        v = _e.as_str("Codec", v)
    d["Codec"] = v
    v = o.bitrate
    if v is None:
        raise _e.missing("Bitrate", "an integer")
    if type(v) is not int:
        v = _e.as_int("Bitrate", v)
    d["Bitrate"] = v
    v = o.sample_rate
    if v is None:
        raise _e.missing("SampleRate", "an integer")
    if type(v) is not int:
        v = _e.as_int("SampleRate", v)
    d["SampleRate"] = v
    v = o.audio_channel
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("AudioChannel", v)
        d["AudioChannel"] = v
    v = o.track_channel_info
    if v is not None:
        try:
            d["TrackChannelInfo"] = _R["AudioTrackChannelInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("TrackChannelInfo") from None
    v = o.audio_language
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AudioLanguage", v)
        d["AudioLanguage"] = v
    v = o.audio_name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AudioName", v)
        d["AudioName"] = v
    v = o.default_track
    if v is not None:
        if type(v) is not bool:
            raise _e.wrong_type("DefaultTrack", "a boolean", v)
        d["DefaultTrack"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
