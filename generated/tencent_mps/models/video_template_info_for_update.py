# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``VideoTemplateInfoForUpdate`` (sent in requests)."""

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
class VideoTemplateInfoForUpdate(Model):
    """Video stream settings used when modifying a transcoding template; every field is optional
    and an unset field keeps its current value.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "codec": "Codec",
        "fps": "Fps",
        "bitrate": "Bitrate",
        "resolution_adaptive": "ResolutionAdaptive",
        "width": "Width",
        "height": "Height",
        "gop": "Gop",
        "gop_unit": "GopUnit",
        "fill_type": "FillType",
        "vcrf": "Vcrf",
        "content_adapt_stream": "ContentAdaptStream",
        "hls_time": "HlsTime",
        "segment_type": "SegmentType",
        "fps_denominator": "FpsDenominator",
        "stereo3d_type": "Stereo3dType",
        "video_profile": "VideoProfile",
        "video_level": "VideoLevel",
        "bframes": "Bframes",
        "mode": "Mode",
        "sar": "Sar",
        "no_scenecut": "NoScenecut",
        "bit_depth": "BitDepth",
        "raw_pts": "RawPts",
        "compress": "Compress",
        "segment_specific_info": "SegmentSpecificInfo",
        "scenario_based": "ScenarioBased",
        "scene_type": "SceneType",
        "compress_type": "CompressType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "int",
        "str",
        "int",
        "int",
        "int",
        "str",
        "str",
        "int",
        "int",
        "int",
        "int",
        "int",
        "str",
        "str",
        "str",
        "int",
        "str",
        "str",
        "int",
        "int",
        "int",
        "int",
        "SegmentSpecificInfo",
        "int",
        "str",
        "str",
    )

    codec: str | None = None
    """Video codec of the output stream. Container limits apply: av1 only in mp4/webm/mkv, h266
    only in mp4/hls/ts/mov, vp8/vp9 only in webm/mkv, mpeg2/dnxhd only in mxf, and mv-hevc
    only in mp4/hls/mov (hls with fMP4 segments) with a multi-view panoramic source. May be
    null.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoCodec`); others may appear:
    ``h264``: H.264
    ``h265``: H.265
    ``h266``: H.266
    ``av1``: AOMedia Video 1
    ``vp8``: VP8
    ``vp9``: VP9
    ``mpeg2``: MPEG-2
    ``dnxhd``: DNxHD
    ``mv-hevc``: MV-HEVC

    Wire name: ``Codec``.
    """

    fps: int | None = None
    """Video frame rate in Hz, 0-120 (or Fps/FpsDenominator within 0-120 when a denominator is
    set); 0 keeps the source frame rate. May be null.

    Unit: Hz.

    Wire name: ``Fps``.
    """

    bitrate: int | None = None
    """Video bitrate in kbps, either 0 (keep the source bitrate) or 128-100000. May be null.

    Unit: kbps.

    Wire name: ``Bitrate``.
    """

    resolution_adaptive: str | None = None
    """Adaptive resolution mode, which decides whether Width/Height mean long/short side or
    width/height. In adaptive mode Width must not be smaller than Height. May be null.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoResolutionAdaptive`); others may appear:
    ``open``: Enabled; Width is the long side and Height the short side
    ``close``: Disabled; Width is the width and Height the height

    Wire name: ``ResolutionAdaptive``.
    """

    width: int | None = None
    """Maximum width (or long side) in pixels, 0 or 128-4096 (up to 7680 for MV-HEVC). If both
    Width and Height are 0 the source resolution is kept; if only one is 0 it is scaled
    proportionally. May be null.

    Unit: px.

    Wire name: ``Width``.
    """

    height: int | None = None
    """Maximum height (or short side) in pixels, 0 or 128-4096 (up to 7680 for MV-HEVC). May be
    null.

    Unit: px.

    Wire name: ``Height``.
    """

    gop: int | None = None
    """Interval between I-frames, counted in frames or seconds per GopUnit, 0 or 1-100000; 0
    lets the system choose. May be null.

    Wire name: ``Gop``.
    """

    gop_unit: str | None = None
    """Unit of the Gop value. Default frame. May be null.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoGopUnit`); others may appear:
    ``frame``: Gop is measured in frames
    ``second``: Gop is measured in seconds

    Wire name: ``GopUnit``.
    """

    fill_type: str | None = None
    """How to handle a mismatch between the configured aspect ratio and the source aspect
    ratio. Default black. May be null.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoFillType`); others may appear:
    ``stretch``: Stretch each frame to fill the picture, which may distort it
    ``black``: Keep aspect ratio and pad edges with black
    ``white``: Keep aspect ratio and pad edges with white
    ``gauss``: Keep aspect ratio and pad edges with a Gaussian blur
    ``smarttailor``: Smart crop that picks the picture area to fit the ratio

    Wire name: ``FillType``.
    """

    vcrf: int | None = None
    """Constant rate factor for quality control, 0-51; unset means automatic and 100 resets it
    to automatic. It is combined with Bitrate in VBR mode, drives encoding alone in CRF
    mode, and is not needed for ABR or CBR. May be null.

    Wire name: ``Vcrf``.
    """

    content_adapt_stream: int | None = None
    """Content-adaptive encoding that generates several streams at different resolutions and
    bitrates, with the template values acting as the maximums. Contact Tencent Cloud sales
    to enable it. Default 0. May be null.

    Known values; others may appear:
    ``0``: Disabled
    ``1``: Enabled

    Wire name: ``ContentAdaptStream``.
    """

    hls_time: int | None = None
    """Average HLS segment duration in seconds, greater than 0 and at most 10, default 10; used
    only for the HLS container. May be null.

    Unit: s.

    Wire name: ``HlsTime``.
    """

    segment_type: int | None = None
    """HLS segment type for normal and Top Speed Codec transcoding (not for adaptive bitrate
    streams). Default 0. May be null.

    Known values; others may appear:
    ``0``: HLS with TS segments
    ``2``: HLS with TS byte ranges
    ``7``: HLS with MP4 segments
    ``5``: HLS with MP4 byte ranges

    Wire name: ``SegmentType``.
    """

    fps_denominator: int | None = None
    """Denominator of a fractional frame rate; must be greater than 0. May be null.

    Wire name: ``FpsDenominator``.
    """

    stereo3d_type: str | None = None
    """Layout of the source 3D video, effective only for MV-HEVC 3D output; billing uses the
    resolution after splitting. Default side_by_side. May be null.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoStereo3dType`); others may appear:
    ``side_by_side``: Left and right views placed side by side
    ``top_bottom``: Views placed top and bottom

    Wire name: ``Stereo3dType``.
    """

    video_profile: str | None = None
    """H.264 encoding profile, shown only when the codec is h264. Default default. May be null.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoVideoProfile`); others may appear:
    ``baseline``: I/P frames only, progressive; for video calls and mobile video
    ``main``: I/P/B frames, progressive and interlaced; mainstream players and streaming
    ``high``: Highest profile with 8x8 prediction and custom quantization; Blu-ray and HDTV
    ``default``: Follow the source video

    Wire name: ``VideoProfile``.
    """

    video_level: str | None = None
    """Encoder level, empty for automatic (the default). H.264 accepts 1 to 5.1 (1, 1.1, 1.2,
    1.3, 2, 2.1, 2.2, 3, 3.1, 3.2, 4, 4.1, 4.2, 5, 5.1); H.265 accepts 1, 2, 2.1, 3, 3.1, 4,
    4.1, 5, 5.1, 5.2, 6, 6.1, 6.2 and 8.5. May be null.

    Wire name: ``VideoLevel``.
    """

    bframes: int | None = None
    """Maximum number of consecutive B-frames, 0-16, or -1 to reset to automatic (the default).
    May be null.

    Wire name: ``Bframes``.
    """

    mode: str | None = None
    """Bitrate control mode. Default VBR. May be null.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoMode`); others may appear:
    ``VBR``: Variable bitrate adapting to scene complexity; suits storage and quality-sensitive use
    ``ABR``: Average bitrate, stable on average with short-term variation
    ``CBR``: Constant bitrate regardless of complexity; suits bandwidth-limited cases like live streaming
    ``VCRF``: Constant quality factor; bitrate follows content complexity

    Wire name: ``Mode``.
    """

    sar: str | None = None
    """Display aspect ratio. Default default. May be null.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoSar`); others may appear:
    ``1:1``: 1:1 ratio
    ``2:1``: 2:1 ratio
    ``default``: Default ratio

    Wire name: ``Sar``.
    """

    no_scenecut: int | None = None
    """Adaptive I-frame decision: when enabled, keyframes are inserted at detected scene cuts
    to improve seeking and coding efficiency. Default 0. May be null.

    Known values; others may appear:
    ``0``: Disabled
    ``1``: Enabled

    Wire name: ``NoScenecut``.
    """

    bit_depth: int | None = None
    """Encoding bit depth, 8 or 10; default 8. May be null.

    Known values; others may appear:
    ``8``: 8-bit
    ``10``: 10-bit

    Wire name: ``BitDepth``.
    """

    raw_pts: int | None = None
    """Whether to keep the original timestamps. Default off. May be null.

    Known values; others may appear:
    ``0``: Off
    ``1``: On

    Wire name: ``RawPts``.
    """

    compress: int | None = None
    """Bitrate compression ratio in percent, 0-100, from which the target bitrate is derived
    from the source bitrate; -1 resets to automatic. May be null.

    Unit: %.

    Wire name: ``Compress``.
    """

    segment_specific_info: models.SegmentSpecificInfo | None = None
    """Settings for shorter segment durations at the start of playback. May be null.

    Wire name: ``SegmentSpecificInfo``.
    """

    scenario_based: int | None = None
    """Whether scenario-based encoding is enabled; SceneType and CompressType take effect only
    when this is 1. Default 0. May be null.

    Known values; others may appear:
    ``0``: Disabled
    ``1``: Enabled

    Wire name: ``ScenarioBased``.
    """

    scene_type: str | None = None
    """Content scenario used to tune encoding; effective only when ScenarioBased is 1. Default
    normal. May be null.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoSceneType`); others may appear:
    ``normal``: General transcoding and compression
    ``pgc``: Professional film and TV content with ROI encoding
    ``materials_video``: High-quality assets, near visually lossless, many transparent areas
    ``ugc``: User-generated and short videos
    ``e-commerce_video``: Live shows and e-commerce, preserving face detail
    ``educational_video``: Education, keeping text and graphics legible

    Wire name: ``SceneType``.
    """

    compress_type: str | None = None
    """Transcoding strategy balancing size and quality; effective only when ScenarioBased is 1.
    ultra_compress is billed as Top Speed Codec plus artifact removal and is not recommended
    for TV viewing. Default standard_compress. May be null.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoCompressType`); others may appear:
    ``ultra_compress``: Maximum compression while keeping acceptable quality
    ``standard_compress``: Balanced compression and quality
    ``high_compress``: Prioritize smaller files, possibly losing some quality
    ``low_compress``: Prioritize quality, files may be larger

    Wire name: ``CompressType``.
    """


_KNOWN = frozenset(VideoTemplateInfoForUpdate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> VideoTemplateInfoForUpdate:
    """Decode one ``VideoTemplateInfoForUpdate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(VideoTemplateInfoForUpdate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Codec")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Codec", "a string", v)
    o.codec = v
    v = get("Fps")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Fps", "an integer", v)
    o.fps = v
    v = get("Bitrate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Bitrate", "an integer", v)
    o.bitrate = v
    v = get("ResolutionAdaptive")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ResolutionAdaptive", "a string", v)
    o.resolution_adaptive = v
    v = get("Width")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Width", "an integer", v)
    o.width = v
    v = get("Height")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Height", "an integer", v)
    o.height = v
    v = get("Gop")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Gop", "an integer", v)
    o.gop = v
    v = get("GopUnit")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("GopUnit", "a string", v)
    o.gop_unit = v
    v = get("FillType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FillType", "a string", v)
    o.fill_type = v
    v = get("Vcrf")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Vcrf", "an integer", v)
    o.vcrf = v
    v = get("ContentAdaptStream")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ContentAdaptStream", "an integer", v)
    o.content_adapt_stream = v
    v = get("HlsTime")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("HlsTime", "an integer", v)
    o.hls_time = v
    v = get("SegmentType")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SegmentType", "an integer", v)
    o.segment_type = v
    v = get("FpsDenominator")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("FpsDenominator", "an integer", v)
    o.fps_denominator = v
    v = get("Stereo3dType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Stereo3dType", "a string", v)
    o.stereo3d_type = v
    v = get("VideoProfile")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoProfile", "a string", v)
    o.video_profile = v
    v = get("VideoLevel")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoLevel", "a string", v)
    o.video_level = v
    v = get("Bframes")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Bframes", "an integer", v)
    o.bframes = v
    v = get("Mode")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Mode", "a string", v)
    o.mode = v
    v = get("Sar")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Sar", "a string", v)
    o.sar = v
    v = get("NoScenecut")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("NoScenecut", "an integer", v)
    o.no_scenecut = v
    v = get("BitDepth")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("BitDepth", "an integer", v)
    o.bit_depth = v
    v = get("RawPts")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("RawPts", "an integer", v)
    o.raw_pts = v
    v = get("Compress")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Compress", "an integer", v)
    o.compress = v
    v = get("SegmentSpecificInfo")
    if v is not None:
        n += 1
        try:
            v = _S["SegmentSpecificInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("SegmentSpecificInfo") from None
    o.segment_specific_info = v
    v = get("ScenarioBased")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ScenarioBased", "an integer", v)
    o.scenario_based = v
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(VideoTemplateInfoForUpdate, _structure)
