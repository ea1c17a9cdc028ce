# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeTranscodeTemplatesRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeTranscodeTemplatesRequest:
    """Request of DescribeTranscodeTemplates: filters (IDs, type, container, scenario, enhancement)
    and paging for listing transcoding templates.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DescribeTranscodeTemplatesRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Definitions",
        "Type",
        "ContainerType",
        "TEHDType",
        "Offset",
        "Limit",
        "TranscodeType",
        "Name",
        "SceneType",
        "CompressType",
        "EnhanceSceneType",
        "EnhanceTranscodeType",
        "EnhanceType",
    }
)


def _structure(data: Any) -> DescribeTranscodeTemplatesRequest:
    """Decode one ``DescribeTranscodeTemplatesRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeTranscodeTemplatesRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definitions")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Definitions", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is int for x in v):
            _d.check_items("Definitions", v, "an integer", _d.is_int)
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


def _unstructure(o: DescribeTranscodeTemplatesRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.definitions
    if v is not None:
        d["Definitions"] = list(v)
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.container_type
    if v is not None:
        d["ContainerType"] = v
    v = o.tehd_type
    if v is not None:
        d["TEHDType"] = v
    v = o.offset
    if v is not None:
        d["Offset"] = v
    v = o.limit
    if v is not None:
        d["Limit"] = v
    v = o.transcode_type
    if v is not None:
        d["TranscodeType"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.scene_type
    if v is not None:
        d["SceneType"] = v
    v = o.compress_type
    if v is not None:
        d["CompressType"] = v
    v = o.enhance_scene_type
    if v is not None:
        d["EnhanceSceneType"] = v
    v = o.enhance_transcode_type
    if v is not None:
        d["EnhanceTranscodeType"] = v
    v = o.enhance_type
    if v is not None:
        d["EnhanceType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DescribeTranscodeTemplatesRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DescribeTranscodeTemplatesRequest:
        o = _e.as_model(o, DescribeTranscodeTemplatesRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.definitions
    if v is not None:
        d["Definitions"] = _e.ints("Definitions", v)
    v = o.type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Type", v)
        d["Type"] = v
    v = o.container_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ContainerType", v)
        d["ContainerType"] = v
    v = o.tehd_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("TEHDType", v)
        d["TEHDType"] = v
    v = o.offset
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Offset", v)
        d["Offset"] = v
    v = o.limit
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Limit", v)
        d["Limit"] = v
    v = o.transcode_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("TranscodeType", v)
        d["TranscodeType"] = v
    v = o.name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Name", v)
        d["Name"] = v
    v = o.scene_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SceneType", v)
        d["SceneType"] = v
    v = o.compress_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("CompressType", v)
        d["CompressType"] = v
    v = o.enhance_scene_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("EnhanceSceneType", v)
        d["EnhanceSceneType"] = v
    v = o.enhance_transcode_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("EnhanceTranscodeType", v)
        d["EnhanceTranscodeType"] = v
    v = o.enhance_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("EnhanceType", v)
        d["EnhanceType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
