# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaAudioStreamItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaAudioStreamItem(Model):
    """Properties of a single audio stream in a media file, such as bitrate, sample rate, codec,
    channels and loudness.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "bitrate": "Bitrate",
        "sampling_rate": "SamplingRate",
        "codec": "Codec",
        "channel": "Channel",
        "codecs": "Codecs",
        "loudness": "Loudness",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "str",
        "int",
        "str",
        "float",
    )

    bitrate: int | None = None
    """Bitrate of the audio stream, in bits per second.

    Unit: bps.

    Wire name: ``Bitrate``.
    """

    sampling_rate: int | None = None
    """Sample rate of the audio stream, in Hz.

    Unit: Hz.

    Wire name: ``SamplingRate``.
    """

    codec: str | None = None
    """Encoding format of the audio stream, e.g. aac.

    Wire name: ``Codec``.
    """

    channel: int | None = None
    """Number of audio channels, e.g. 2. May be null if unavailable.

    Wire name: ``Channel``.
    """

    codecs: str | None = None
    """Codecs string of the audio stream, e.g. mp4a.40.2. May be null if unavailable.

    Wire name: ``Codecs``.
    """

    loudness: float | None = None
    """Measured loudness of the audio, e.g. -17.01. May be null if unavailable.

    Wire name: ``Loudness``.
    """


_KNOWN = frozenset(MediaAudioStreamItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaAudioStreamItem:
    """Decode one ``MediaAudioStreamItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaAudioStreamItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Bitrate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Bitrate", "an integer", v)
    o.bitrate = v
    v = get("SamplingRate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SamplingRate", "an integer", v)
    o.sampling_rate = v
    v = get("Codec")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Codec", "a string", v)
    o.codec = v
    v = get("Channel")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Channel", "an integer", v)
    o.channel = v
    v = get("Codecs")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Codecs", "a string", v)
    o.codecs = v
    v = get("Loudness")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Loudness", v)
    o.loudness = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MediaAudioStreamItem, _structure)
