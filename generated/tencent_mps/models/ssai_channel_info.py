# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SSAIChannelInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SSAIChannelInfo:
    """Ad insertion (SSAI) configuration as returned by queries, including its playback and session
    prefixes.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SSAIChannelInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ID",
        "Name",
        "ContentSource",
        "PlaybackPrefix",
        "HlsPlaybackPrefix",
        "DashPlaybackPrefix",
        "SSAIInfo",
        "Region",
        "SessionInitPrefix",
    }
)


def _structure(data: Any) -> SSAIChannelInfo:
    """Decode one ``SSAIChannelInfo`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: SSAIChannelInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.id
    if v is not None:
        d["ID"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.content_source
    if v is not None:
        d["ContentSource"] = v
    v = o.playback_prefix
    if v is not None:
        d["PlaybackPrefix"] = v
    v = o.hls_playback_prefix
    if v is not None:
        d["HlsPlaybackPrefix"] = v
    v = o.dash_playback_prefix
    if v is not None:
        d["DashPlaybackPrefix"] = v
    v = o.ssai_info
    if v is not None:
        d["SSAIInfo"] = _d.wire(v)
    v = o.region
    if v is not None:
        d["Region"] = v
    v = o.session_init_prefix
    if v is not None:
        d["SessionInitPrefix"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
