# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SSAIChannelInfo``."""

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
class SSAIChannelInfo(Model):
    """Ad insertion (SSAI) configuration as returned by queries, including its playback and session
    prefixes.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "ID",
        "name": "Name",
        "content_source": "ContentSource",
        "playback_prefix": "PlaybackPrefix",
        "hls_playback_prefix": "HlsPlaybackPrefix",
        "dash_playback_prefix": "DashPlaybackPrefix",
        "ssai_info": "SSAIInfo",
        "region": "Region",
        "session_init_prefix": "SessionInitPrefix",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "SSAIConf",
        "str",
        "str",
    )

    id: str | None = None
    """Globally unique ID of the ad insertion channel.

    Wire name: ``ID``.
    """

    name: str | None = None
    """Name of the ad insertion channel.

    Wire name: ``Name``.
    """

    content_source: str | None = None
    """Content source address of the configuration.

    Wire name: ``ContentSource``.
    """

    playback_prefix: str | None = None
    """Playback URL prefix, kept for compatibility with older versions; prefer
    HlsPlaybackPrefix or DashPlaybackPrefix.

    Wire name: ``PlaybackPrefix``.
    """

    hls_playback_prefix: str | None = None
    """Playback URL prefix for HLS.

    Wire name: ``HlsPlaybackPrefix``.
    """

    dash_playback_prefix: str | None = None
    """Playback URL prefix for DASH.

    Wire name: ``DashPlaybackPrefix``.
    """

    ssai_info: models.SSAIConf | None = None
    """Server-side ad insertion settings of the channel.

    Wire name: ``SSAIInfo``.
    """

    region: str | None = None
    """Region of the channel, for example ap-shanghai.

    Wire name: ``Region``.
    """

    session_init_prefix: str | None = None
    """Session initialization URL prefix, used for clickthrough addresses.

    Wire name: ``SessionInitPrefix``.
    """


_KNOWN = frozenset(SSAIChannelInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SSAIChannelInfo:
    """Decode one ``SSAIChannelInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SSAIChannelInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ID")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ID", "a string", v)
    o.id = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("ContentSource")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ContentSource", "a string", v)
    o.content_source = v
    v = get("PlaybackPrefix")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("PlaybackPrefix", "a string", v)
    o.playback_prefix = v
    v = get("HlsPlaybackPrefix")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("HlsPlaybackPrefix", "a string", v)
    o.hls_playback_prefix = v
    v = get("DashPlaybackPrefix")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("DashPlaybackPrefix", "a string", v)
    o.dash_playback_prefix = v
    v = get("SSAIInfo")
    if v is not None:
        n += 1
        try:
            v = _S["SSAIConf"](v)
        except DecodeError as e:
            raise e.with_prefix("SSAIInfo") from None
    o.ssai_info = v
    v = get("Region")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Region", "a string", v)
    o.region = v
    v = get("SessionInitPrefix")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SessionInitPrefix", "a string", v)
    o.session_init_prefix = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SSAIChannelInfo, _structure)
