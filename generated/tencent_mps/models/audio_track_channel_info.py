# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AudioTrackChannelInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AudioTrackChannelInfo:
    """Settings for merging source audio tracks or channels into the output audio, used in adaptive
    bitrate transcoding.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "channels_remix": "ChannelsRemix",
        "select_type": "SelectType",
        "input_track_info": "InputTrackInfo",
    }
    """Attribute name -> wire name, for every field."""

    channels_remix: int | None = None
    """Whether audio mixing is enabled. Default 0. May be null.

    Known values; others may appear:
    ``0``: Mixing disabled
    ``1``: Mixing enabled

    Wire name: ``ChannelsRemix``.
    """

    select_type: str | None = None
    """How input tracks are referenced; track_channel is recommended for multi-channel sources.
    Default track. May be null.

    Known values (:class:`tencent_mps.enums.AudioTrackChannelInfoSelectType`); others may appear:
    ``track``: Reference by track ID
    ``track_channel``: Reference by track ID and channel ID

    Wire name: ``SelectType``.
    """

    input_track_info: list[models.TrackInfo] | None = None
    """List of input tracks (and channels) to merge. May be null.

    Wire name: ``InputTrackInfo``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AudioTrackChannelInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ChannelsRemix",
        "SelectType",
        "InputTrackInfo",
    }
)


def _structure(data: Any) -> AudioTrackChannelInfo:
    """Decode one ``AudioTrackChannelInfo`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AudioTrackChannelInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ChannelsRemix")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ChannelsRemix", "an integer", v)
    o.channels_remix = v
    v = get("SelectType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SelectType", "a string", v)
    o.select_type = v
    v = get("InputTrackInfo")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("InputTrackInfo", "an array", v)
        if v:
            f = _S["TrackInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("InputTrackInfo", v, f) from None
        else:
            v = []
    o.input_track_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AudioTrackChannelInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.channels_remix
    if v is not None:
        d["ChannelsRemix"] = v
    v = o.select_type
    if v is not None:
        d["SelectType"] = v
    v = o.input_track_info
    if v is not None:
        d["InputTrackInfo"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AudioTrackChannelInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AudioTrackChannelInfo:
        o = _e.as_model(o, AudioTrackChannelInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.channels_remix
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("ChannelsRemix", v)
        d["ChannelsRemix"] = v
    v = o.select_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SelectType", v)
        d["SelectType"] = v
    v = o.input_track_info
    if v is not None:
        d["InputTrackInfo"] = _e.models("InputTrackInfo", v, _R["TrackInfo"])
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
