# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``VideoTemplateInfo`` (sent in requests)."""

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
class VideoTemplateInfo(Model):
    """Video stream encoding parameters of a transcoding or adaptive streaming template, such as
    codec, frame rate, bitrate, resolution, GOP and rate control.
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
        "str!",
        "int!",
        "int!",
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
    """Video codec. av1 supports mp4, webm and mkv containers; h266 supports mp4, hls, ts and
    mov; vp8 and vp9 support webm and mkv; mpeg2 and dnxhd support mxf only; mv-hevc
    supports mp4, mov and hls (mp4 segments only) and requires a multi-view panoramic
    source.

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

    Required in requests.

    Wire name: ``Codec``.
    """

    fps: int | None = None
    """Video frame rate in Hz, range 0 to 120 (when FpsDenominator is set, Fps/FpsDenominator
    must be within 0 to 120). 0 keeps the source frame rate.

    Unit: Hz.

    Required in requests.

    Wire name: ``Fps``.
    """

    bitrate: int | None = None
    """Video bitrate in kbps, either 0 or within 128 to 100000. 0 keeps the source bitrate.

    Unit: kbps.

    Required in requests.

    Wire name: ``Bitrate``.
    """

    resolution_adaptive: str | None = None
    """Whether Width and Height refer to the long and short sides instead of the literal width
    and height; default open. In adaptive mode Width must not be smaller than Height.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoResolutionAdaptive`); others may appear:
    ``open``: Enabled; Width is the long side and Height the short side
    ``close``: Disabled; Width is the width and Height the height

    Wire name: ``ResolutionAdaptive``.
    """

    width: int | None = None
    """Maximum width (or long side) in pixels, 0 or 128 to 4096 (up to 7680 for MV-HEVC);
    default 0. If both Width and Height are 0 the source resolution is kept; if only one is
    0 it is scaled proportionally.

    Unit: px.

    Wire name: ``Width``.
    """

    height: int | None = None
    """Maximum height (or short side) in pixels, 0 or 128 to 4096 (up to 7680 for MV-HEVC);
    default 0. If both Width and Height are 0 the source resolution is kept; if only one is
    0 it is scaled proportionally.

    Unit: px.

    Wire name: ``Height``.
    """

    gop: int | None = None
    """Interval between I-frames (keyframes), measured in frames or seconds per GopUnit; 0 or 1
    to 100000. 0 or omitted lets the system choose.

    Wire name: ``Gop``.
    """

    gop_unit: str | None = None
    """Unit of the Gop value; default frame. May be null.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoGopUnit`); others may appear:
    ``frame``: Frames
    ``second``: Seconds

    Wire name: ``GopUnit``.
    """

    fill_type: str | None = None
    """How the picture is fitted when the target aspect ratio differs from the source; default
    black.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoFillType`); others may appear:
    ``stretch``: Stretch each frame to fill the picture, which may distort it
    ``black``: Keep aspect ratio and fill the borders with black
    ``white``: Keep aspect ratio and fill the borders with white
    ``gauss``: Keep aspect ratio and fill the borders with a Gaussian blur
    ``smarttailor``: Smart cropping that selects the picture area to match the ratio

    Wire name: ``FillType``.
    """

    vcrf: int | None = None
    """Constant rate factor for quality control, 0 to 51; omitted means automatic and is
    usually recommended. Used together with Bitrate in VBR mode, replaces Bitrate in CRF
    mode, and is not needed for ABR or CBR. May be null.

    Wire name: ``Vcrf``.
    """

    hls_time: int | None = None
    """Average HLS segment duration in seconds, greater than 0 and up to 10. Omitted means it
    is chosen automatically from GOP and other properties. May be null.

    Unit: s.

    Wire name: ``HlsTime``.
    """

    segment_type: int | None = None
    """HLS segment type for normal or top speed codec transcoding; default 0. Not applied to
    adaptive streaming, which uses the outer setting. May be null.

    Known values; others may appear:
    ``0``: HLS with TS segments
    ``2``: HLS with TS byte range
    ``7``: HLS with MP4 segments
    ``5``: HLS with MP4 byte range

    Wire name: ``SegmentType``.
    """

    fps_denominator: int | None = None
    """Denominator of the frame rate; must be greater than 0. May be null.

    Wire name: ``FpsDenominator``.
    """

    stereo3d_type: str | None = None
    """Layout of the two views of an MV-HEVC 3D video, default side_by_side; billing uses the
    resolution after splitting. May be null.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoStereo3dType`); others may appear:
    ``side_by_side``: Views arranged left and right
    ``top_bottom``: Views arranged top and bottom

    Wire name: ``Stereo3dType``.
    """

    video_profile: str | None = None
    """H.264 encoding profile; only applies when the codec is h264. Default default. May be
    null.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoVideoProfile`); others may appear:
    ``baseline``: I and P frames only, progressive; suits video calls and mobile video
    ``main``: I, P and B frames, progressive and interlaced; mainstream players and streaming
    ``high``: Adds 8x8 prediction and custom quantization; Blu-ray and HDTV
    ``default``: Follow the source video

    Wire name: ``VideoProfile``.
    """

    video_level: str | None = None
    """Encoder level; empty string means automatic (default). H.264 supports 1 to 5.1 (1, 1.1,
    1.2, 1.3, 2, 2.1, 2.2, 3, 3.1, 3.2, 4, 4.1, 4.2, 5, 5.1); H.265 supports 1, 2, 2.1, 3,
    3.1, 4, 4.1, 5, 5.1, 5.2, 6, 6.1, 6.2 and 8.5. May be null.

    Wire name: ``VideoLevel``.
    """

    bframes: int | None = None
    """Number of B-frames between reference frames, 0 to 16; omitted means automatic. May be
    null.

    Wire name: ``Bframes``.
    """

    mode: str | None = None
    """Bitrate control mode; default VBR. May be null.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoMode`); others may appear:
    ``VBR``: Variable bitrate that adapts to picture complexity for higher quality
    ``ABR``: Average bitrate kept stable with short-term fluctuation
    ``CBR``: Constant bitrate regardless of complexity, e.g. for live streaming
    ``VCRF``: Constant quality factor, bitrate varies with content

    Wire name: ``Mode``.
    """

    sar: str | None = None
    """Display aspect ratio; default default. May be null.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoSar`); others may appear:
    ``1:1``: 1:1
    ``2:1``: 2:1
    ``default``: Follow the source

    Wire name: ``Sar``.
    """

    no_scenecut: int | None = None
    """Adaptive I-frame placement: when on, keyframes are inserted at detected scene changes to
    improve seeking and coding efficiency. Default 0. May be null.

    Known values; others may appear:
    ``0``: Off
    ``1``: On

    Wire name: ``NoScenecut``.
    """

    bit_depth: int | None = None
    """Bit depth of the video; default 8. May be null.

    Known values; others may appear:
    ``8``: 8-bit
    ``10``: 10-bit

    Wire name: ``BitDepth``.
    """

    raw_pts: int | None = None
    """Whether the original timestamps are kept; default off. May be null.

    Known values; others may appear:
    ``0``: Off
    ``1``: On

    Wire name: ``RawPts``.
    """

    compress: int | None = None
    """Bitrate compression ratio from 0 to 100; the target bitrate is derived from the source
    bitrate. Omitted means disabled (default). May be null.

    Unit: %.

    Wire name: ``Compress``.
    """

    segment_specific_info: models.SegmentSpecificInfo | None = None
    """Segment duration settings applied at stream start. May be null.

    Wire name: ``SegmentSpecificInfo``.
    """

    scenario_based: int | None = None
    """Whether scenario-based encoding is enabled; SceneType and CompressType only take effect
    when this is 1. Default 0. May be null.

    Known values; others may appear:
    ``0``: Disabled
    ``1``: Enabled

    Wire name: ``ScenarioBased``.
    """

    scene_type: str | None = None
    """Content scenario used to tune encoding; default normal. Requires ScenarioBased to be 1.
    May be null.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoSceneType`); others may appear:
    ``normal``: General transcoding and compression
    ``pgc``: Professional film and TV content with ROI encoding
    ``materials_video``: High-quality source material, near visually lossless
    ``ugc``: User-generated and short video content
    ``e-commerce_video``: Live shows and e-commerce, preserving detail and face quality
    ``educational_video``: Education, keeping text and images sharp and readable

    Wire name: ``SceneType``.
    """

    compress_type: str | None = None
    """Transcoding strategy, default standard_compress, effective only when ScenarioBased is 1.
    ultra_compress is billed as top speed codec transcoding plus de-burring enhancement and
    is not advised for TV viewing; the others are billed as top speed codec transcoding
    only. May be null.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoCompressType`); others may appear:
    ``ultra_compress``: Maximum compression while keeping acceptable quality
    ``standard_compress``: Balanced compression and quality
    ``high_compress``: Prioritize smaller size, with possible quality loss
    ``low_compress``: Prioritize quality, with possibly larger files

    Wire name: ``CompressType``.
    """


_KNOWN = frozenset(VideoTemplateInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> VideoTemplateInfo:
    """Decode one ``VideoTemplateInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(VideoTemplateInfo)
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


bind(VideoTemplateInfo, _structure)
