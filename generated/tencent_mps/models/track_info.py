# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TrackInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TrackInfo(Model):
    """Identifies one source audio track or channel to merge, along with per-channel volume
    settings.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "track_num": "TrackNum",
        "channel_volume": "ChannelVolume",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[float",
    )

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


_KNOWN = frozenset(TrackInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TrackInfo:
    """Decode one ``TrackInfo`` wire object: the straight-line decoder of this model."""
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
        v = _d.float_list("ChannelVolume", v)
    o.channel_volume = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(TrackInfo, _structure)
