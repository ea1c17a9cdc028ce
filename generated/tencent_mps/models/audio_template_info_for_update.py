# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AudioTemplateInfoForUpdate`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AudioTemplateInfoForUpdate(Model):
    """Audio stream settings used when modifying a transcoding template; unset fields keep their
    current values.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "codec": "Codec",
        "bitrate": "Bitrate",
        "sample_rate": "SampleRate",
        "audio_channel": "AudioChannel",
        "stream_selects": "StreamSelects",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "int",
        "int",
        "[int",
    )

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


_KNOWN = frozenset(AudioTemplateInfoForUpdate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AudioTemplateInfoForUpdate:
    """Decode one ``AudioTemplateInfoForUpdate`` wire object: the straight-line decoder of this model."""
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
        v = _d.int_list("StreamSelects", v)
    o.stream_selects = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AudioTemplateInfoForUpdate, _structure)
