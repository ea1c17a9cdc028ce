# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AudioTemplateInfoForUpdate``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AudioTemplateInfoForUpdate:
    """Audio stream settings used when modifying a transcoding template; unset fields keep their
    current values.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "codec": "Codec",
        "bitrate": "Bitrate",
        "sample_rate": "SampleRate",
        "audio_channel": "AudioChannel",
        "stream_selects": "StreamSelects",
    }
    """Attribute name -> wire name, for every field."""

    codec: str | None = None
    """Audio codec of the output stream, constrained by the container: copy (no re-encode); mp3
    for mp3; flac for ogg/flac; aac or ac3 for m4a; aac, mp3 or mp2 for mp4/flv; aac or mp3
    for hls; pcm16 or pcm24 for wav. May be null.

    Known values (:class:`tencent_mps.enums.AudioTemplateInfoForUpdateCodec`); others may appear:
    ``copy``: Keep the source audio without transcoding
    ``mp3``: MP3 (mp3, mp4, flv, hls containers; better for flv)
    ``flac``: FLAC (ogg, flac containers)
    ``aac``: AAC (m4a, mp4, flv, hls containers; better for mp4)
    ``ac3``: AC-3 (m4a container)
    ``mp2``: MPEG-1 Audio Layer II (mp4, flv containers)
    ``pcm16``: 16-bit PCM (wav container)
    ``pcm24``: 24-bit PCM (wav container)

    Wire name: ``Codec``.
    """

    bitrate: int | None = None
    """Audio bitrate in kbps, either 0 (keep the source bitrate) or 26-256. May be null.

    Unit: kbps.

    Wire name: ``Bitrate``.
    """

    sample_rate: int | None = None
    """Audio sample rate in Hz; supported values depend on the codec and 0 means use the source
    sample rate. The source sample rate must be supported or transcoding may fail. May be
    null.

    Unit: Hz.

    Wire name: ``SampleRate``.
    """

    audio_channel: int | None = None
    """Audio channel layout. 5.1 is not allowed for audio-only containers such as mp3, and
    following the source may fail if the codec cannot handle it. Default 2. May be null.

    Known values; others may appear:
    ``0``: Same channel count as the source
    ``1``: Mono
    ``2``: Stereo
    ``6``: 5.1 surround

    Wire name: ``AudioChannel``.
    """

    stream_selects: list[int] | None = None
    """Indexes of the source audio tracks to keep in the output; by default all source tracks
    are kept. May be null.

    Wire name: ``StreamSelects``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AudioTemplateInfoForUpdate:
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
        "StreamSelects",
    }
)


def _structure(data: Any) -> AudioTemplateInfoForUpdate:
    """Decode one ``AudioTemplateInfoForUpdate`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AudioTemplateInfoForUpdate)
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
    v = get("StreamSelects")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("StreamSelects", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is int for x in v):
            _d.check_items("StreamSelects", v, "an integer", _d.is_int)
    o.stream_selects = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AudioTemplateInfoForUpdate) -> dict[str, Any]:
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
    v = o.stream_selects
    if v is not None:
        d["StreamSelects"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AudioTemplateInfoForUpdate`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AudioTemplateInfoForUpdate:
        o = _e.as_model(o, AudioTemplateInfoForUpdate)
    d: dict[str, Any] = {}
    v: Any
    v = o.codec
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Codec", v)
        d["Codec"] = v
    v = o.bitrate
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Bitrate", v)
        d["Bitrate"] = v
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
    v = o.stream_selects
    if v is not None:
        d["StreamSelects"] = _e.ints("StreamSelects", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
