# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeTranscodeTemplatesRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeTranscodeTemplatesRequest(Model):
    """Request of DescribeTranscodeTemplates: filters (IDs, type, container, scenario, enhancement)
    and paging for listing transcoding templates.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definitions": "Definitions",
        "type": "Type",
        "container_type": "ContainerType",
        "tehd_type": "TEHDType",
        "offset": "Offset",
        "limit": "Limit",
        "transcode_type": "TranscodeType",
        "name": "Name",
        "scene_type": "SceneType",
        "compress_type": "CompressType",
        "enhance_scene_type": "EnhanceSceneType",
        "enhance_transcode_type": "EnhanceTranscodeType",
        "enhance_type": "EnhanceType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[int",
        "str",
        "str",
        "str",
        "int",
        "int",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
    )

    definitions: list[int] | None = None
    """Template IDs to match, at most 100.

    Wire name: ``Definitions``.
    """

    type: str | None = None
    """Template origin to match: Preset or Custom.

    Known values (:class:`tencent_mps.enums.AIAnalysisTemplateItemType`); others may appear:
    ``Preset``: system preset templates
    ``Custom``: user-defined templates

    Wire name: ``Type``.
    """

    container_type: str | None = None
    """Container kind to match: Video or PureAudio.

    Known values (:class:`tencent_mps.enums.DescribeTranscodeTemplatesRequestContainerType`); others may appear:
    ``Video``: containers that can hold video and audio
    ``PureAudio``: audio-only containers

    Wire name: ``ContainerType``.
    """

    tehd_type: str | None = None
    """Filter for ordinary versus Top Speed Codec templates: Common or TEHD. Prefer
    TranscodeType instead.

    Known values (:class:`tencent_mps.enums.DescribeTranscodeTemplatesRequestTEHDType`); others may appear:
    ``Common``: ordinary transcoding templates
    ``TEHD``: top speed codec templates

    Wire name: ``TEHDType``.
    """

    offset: int | None = None
    """Paging offset; default 0.

    Wire name: ``Offset``.
    """

    limit: int | None = None
    """Number of records to return; default 10, maximum 100.

    Wire name: ``Limit``.
    """

    transcode_type: str | None = None
    """Template type to match, replacing TEHDType: Common, TEHD, TEHD-100, TEHD-200 or Enhance.
    Empty by default, meaning no restriction.

    Known values (:class:`tencent_mps.enums.DescribeTranscodeTemplatesRequestTranscodeType`); others may appear:
    ``Common``: ordinary transcoding
    ``TEHD``: video top speed codec, legacy type (use TEHD-100)
    ``TEHD-100``: video top speed codec
    ``TEHD-200``: audio top speed codec
    ``Enhance``: audio and video enhancement

    Wire name: ``TranscodeType``.
    """

    name: str | None = None
    """Template name to match, at most 64 characters.

    Wire name: ``Name``.
    """

    scene_type: str | None = None
    """Video scenario to match, such as normal, pgc, ugc or educational_video.

    Known values (:class:`tencent_mps.enums.DescribeTranscodeTemplatesRequestSceneType`); others may appear:
    ``normal``: general transcoding and compression
    ``pgc``: pgc film and tv, roi encoding with high quality
    ``materials_video``: high-quality source material, near visually lossless
    ``ugc``: ugc and short video, optimized bitrate
    ``e-commerce_video``: live show and e-commerce, keeps detail and faces sharp
    ``educational_video``: education, keeps text and images readable
    ``no_config``: not configured

    Wire name: ``SceneType``.
    """

    compress_type: str | None = None
    """Transcoding strategy to match, such as standard_compress or ultra_compress.

    Known values (:class:`tencent_mps.enums.DescribeTranscodeTemplatesRequestCompressType`); others may appear:
    ``ultra_compress``: maximum compression while keeping acceptable quality
    ``standard_compress``: balanced compression and quality
    ``high_compress``: bitrate first, smaller files with possible quality loss
    ``low_compress``: quality first, files may be larger
    ``no_config``: not configured

    Wire name: ``CompressType``.
    """

    enhance_scene_type: str | None = None
    """Enhancement scenario to match, such as common, AIGC or short_play.

    Known values (:class:`tencent_mps.enums.DescribeTranscodeTemplatesRequestEnhanceSceneType`); others may appear:
    ``common``: general enhancement
    ``AIGC``: ai resolution upscaling
    ``short_play``: short drama, sharper faces and subtitles
    ``short_video``: short video, fixes varied quality problems
    ``game``: game video, fixes motion blur
    ``HD_movie_series``: ultra-hd film and tv, 4k 60fps hdr
    ``LQ_material``: low-quality material and old film restoration
    ``lecture``: live show, e-commerce, conference or lecture, face beautification

    Wire name: ``EnhanceSceneType``.
    """

    enhance_transcode_type: str | None = None
    """Enhancement transcoding type to match: Common, TEHD-100 or TEHD-200.

    Known values (:class:`tencent_mps.enums.DescribeTranscodeTemplatesRequestEnhanceTranscodeType`); others may appear:
    ``Common``: ordinary transcoding
    ``TEHD-100``: top speed codec video transcoding
    ``TEHD-200``: top speed codec audio transcoding

    Wire name: ``EnhanceTranscodeType``.
    """

    enhance_type: str | None = None
    """Enhancement type to match: VideoEnhance, AudioEnhance or VideoAudioEnhance.

    Known values (:class:`tencent_mps.enums.DescribeTranscodeTemplatesRequestEnhanceType`); others may appear:
    ``VideoEnhance``: video enhancement only
    ``AudioEnhance``: audio enhancement only
    ``VideoAudioEnhance``: both video and audio enhancement

    Wire name: ``EnhanceType``.
    """


_KNOWN = frozenset(DescribeTranscodeTemplatesRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeTranscodeTemplatesRequest:
    """Decode one ``DescribeTranscodeTemplatesRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeTranscodeTemplatesRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definitions")
    if v is not None:
        n += 1
        v = _d.int_list("Definitions", v)
    o.definitions = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("ContainerType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ContainerType", "a string", v)
    o.container_type = v
    v = get("TEHDType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TEHDType", "a string", v)
    o.tehd_type = v
    v = get("Offset")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Offset", "an integer", v)
    o.offset = v
    v = get("Limit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Limit", "an integer", v)
    o.limit = v
    v = get("TranscodeType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TranscodeType", "a string", v)
    o.transcode_type = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("SceneType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SceneType", "a string", v)
    o.scene_type = v
    v = get("CompressType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CompressType", "a string", v)
    o.compress_type = v
    v = get("EnhanceSceneType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EnhanceSceneType", "a string", v)
    o.enhance_scene_type = v
    v = get("EnhanceTranscodeType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EnhanceTranscodeType", "a string", v)
    o.enhance_transcode_type = v
    v = get("EnhanceType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EnhanceType", "a string", v)
    o.enhance_type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeTranscodeTemplatesRequest, _structure)
