# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AudioTrackChannelInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AudioTrackChannelInfo(Model):
    """Settings for merging source audio tracks or channels into the output audio, used in adaptive
    bitrate transcoding.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "channels_remix": "ChannelsRemix",
        "select_type": "SelectType",
        "input_track_info": "InputTrackInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "[TrackInfo",
    )

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


_KNOWN = frozenset(AudioTrackChannelInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AudioTrackChannelInfo:
    """Decode one ``AudioTrackChannelInfo`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("InputTrackInfo", v, _S["TrackInfo"])
    o.input_track_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AudioTrackChannelInfo, _structure)
