# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaAudioStreamItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaAudioStreamItem:
    """Properties of a single audio stream in a media file, such as bitrate, sample rate, codec,
    channels and loudness.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "bitrate": "Bitrate",
        "sampling_rate": "SamplingRate",
        "codec": "Codec",
        "channel": "Channel",
        "codecs": "Codecs",
        "loudness": "Loudness",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MediaAudioStreamItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Bitrate",
        "SamplingRate",
        "Codec",
        "Channel",
        "Codecs",
        "Loudness",
    }
)


def _structure(data: Any) -> MediaAudioStreamItem:
    """Decode one ``MediaAudioStreamItem`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: MediaAudioStreamItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.bitrate
    if v is not None:
        d["Bitrate"] = v
    v = o.sampling_rate
    if v is not None:
        d["SamplingRate"] = v
    v = o.codec
    if v is not None:
        d["Codec"] = v
    v = o.channel
    if v is not None:
        d["Channel"] = v
    v = o.codecs
    if v is not None:
        d["Codecs"] = v
    v = o.loudness
    if v is not None:
        d["Loudness"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
