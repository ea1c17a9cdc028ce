# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TrackInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TrackInfo:
    """Identifies one source audio track or channel to merge, along with per-channel volume
    settings.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "track_num": "TrackNum",
        "channel_volume": "ChannelVolume",
    }
    """Attribute name -> wire name, for every field."""

    track_num: str | None = None
    """Track and channel number. The integer part is the track stream index (0 or positive) and
    the fractional part, up to 2 digits, is the channel (0-63, or 0-15 for aac/eac3/ac3), so
    1.1 is the second channel of track 1. Use an integer when SelectType is track and a
    decimal when it is track_channel. Default 1.0. May be null.

    Wire name: ``TrackNum``.
    """

    channel_volume: list[float] | None = None
    """Volume of each output channel in dB, each from -60 (mute) to 6 (double), with 0 keeping
    the original and default -60; up to 3 decimals. The array has 1 element for mono, 2 for
    stereo and 3-15 for 5.1. May be null.

    Wire name: ``ChannelVolume``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TrackInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "TrackNum",
        "ChannelVolume",
    }
)


def _structure(data: Any) -> TrackInfo:
    """Decode one ``TrackInfo`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TrackInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TrackNum")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TrackNum", "a string", v)
    o.track_num = v
    v = get("ChannelVolume")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ChannelVolume", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is float for x in v):
            v = _d.numbers("ChannelVolume", v)
    o.channel_volume = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: TrackInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.track_num
    if v is not None:
        d["TrackNum"] = v
    v = o.channel_volume
    if v is not None:
        d["ChannelVolume"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``TrackInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not TrackInfo:
        o = _e.as_model(o, TrackInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.track_num
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("TrackNum", v)
        d["TrackNum"] = v
    v = o.channel_volume
    if v is not None:
        d["ChannelVolume"] = _e.floats("ChannelVolume", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
