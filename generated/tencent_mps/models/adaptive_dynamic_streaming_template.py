# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AdaptiveDynamicStreamingTemplate``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AdaptiveDynamicStreamingTemplate(Model):
    """Details of an adaptive bitrate streaming template, as returned when listing templates."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "type": "Type",
        "name": "Name",
        "comment": "Comment",
        "format": "Format",
        "stream_infos": "StreamInfos",
        "disable_higher_video_bitrate": "DisableHigherVideoBitrate",
        "disable_higher_video_resolution": "DisableHigherVideoResolution",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
        "pure_audio": "PureAudio",
        "segment_type": "SegmentType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "str",
        "str",
        "str",
        "[AdaptiveStreamTemplate",
        "int",
        "int",
        "datetime",
        "datetime",
        "int",
        "str",
    )

    definition: int | None = None
    """Unique ID of the adaptive bitrate streaming template.

    Wire name: ``Definition``.
    """

    type: str | None = None
    """Whether the template is a system preset or was defined by the user.

    Known values (:class:`tencent_mps.enums.AIAnalysisTemplateItemType`); others may appear:
    ``Preset``: system preset template
    ``Custom``: user-defined template

    Wire name: ``Type``.
    """

    name: str | None = None
    """Name given to the adaptive bitrate streaming template.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Free-text description of the template.

    Wire name: ``Comment``.
    """

    format: str | None = None
    """Adaptive streaming output format: HLS or MPEG-DASH.

    Known values (:class:`tencent_mps.enums.AdaptiveDynamicStreamingInfoItemPackage`); others may appear:
    ``HLS``: http live streaming
    ``MPEG-DASH``: mpeg dynamic adaptive streaming over http

    Wire name: ``Format``.
    """

    stream_infos: list[models.AdaptiveStreamTemplate] | None = None
    """Parameters of the sub-streams the template produces; at most 10 streams.

    Wire name: ``StreamInfos``.
    """

    disable_higher_video_bitrate: int | None = None
    """Whether converting a low-bitrate video to a higher bitrate is forbidden (1) or allowed
    (0).

    Known values; others may appear:
    ``0``: no, allowed
    ``1``: yes, forbidden

    Wire name: ``DisableHigherVideoBitrate``.
    """

    disable_higher_video_resolution: int | None = None
    """Whether upscaling a video to a higher resolution is forbidden (1) or allowed (0).

    Known values; others may appear:
    ``0``: no, allowed
    ``1``: yes, forbidden

    Wire name: ``DisableHigherVideoResolution``.
    """

    create_time: datetime | None = None
    """Time the template was created, in ISO 8601 format.

    Wire name: ``CreateTime``.
    """

    update_time: datetime | None = None
    """Time the template was last modified, in ISO 8601 format.

    Wire name: ``UpdateTime``.
    """

    pure_audio: int | None = None
    """Template kind: 0 for a video template, 1 for an audio-only template. May be null if
    unavailable.

    Wire name: ``PureAudio``.
    """

    segment_type: str | None = None
    """HLS segment type; it determines the segment format of the adaptive stream. Defaults to
    ts-segment. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.AdaptiveDynamicStreamingTemplateSegmentType`); others may appear:
    ``ts-segment``: hls with ts segments
    ``ts-byterange``: hls with ts byte ranges
    ``mp4-segment``: hls with mp4 segments
    ``mp4-byterange``: hls with mp4 byte ranges
    ``ts-packed-audio``: ts with packed audio
    ``mp4-packed-audio``: mp4 with packed audio

    Wire name: ``SegmentType``.
    """


_KNOWN = frozenset(AdaptiveDynamicStreamingTemplate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AdaptiveDynamicStreamingTemplate:
    """Decode one ``AdaptiveDynamicStreamingTemplate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AdaptiveDynamicStreamingTemplate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Comment")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Comment", "a string", v)
    o.comment = v
    v = get("Format")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Format", "a string", v)
    o.format = v
    v = get("StreamInfos")
    if v is not None:
        n += 1
        v = _d.objects("StreamInfos", v, _S["AdaptiveStreamTemplate"])
    o.stream_infos = v
    v = get("DisableHigherVideoBitrate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("DisableHigherVideoBitrate", "an integer", v)
    o.disable_higher_video_bitrate = v
    v = get("DisableHigherVideoResolution")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("DisableHigherVideoResolution", "an integer", v)
    o.disable_higher_video_resolution = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        v = _t.decode("CreateTime", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        v = _t.decode("UpdateTime", v)
    o.update_time = v
    v = get("PureAudio")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("PureAudio", "an integer", v)
    o.pure_audio = v
    v = get("SegmentType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SegmentType", "a string", v)
    o.segment_type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AdaptiveDynamicStreamingTemplate, _structure)
