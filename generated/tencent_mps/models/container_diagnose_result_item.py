# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ContainerDiagnoseResultItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ContainerDiagnoseResultItem(Model):
    """One problem found while diagnosing a media stream or container format, with its category,
    severity and when it occurred.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "category": "Category",
        "type": "Type",
        "severity_level": "SeverityLevel",
        "date_time_set": "DateTimeSet",
        "timestamp_set": "TimestampSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "[str",
        "[float",
    )

    category: str | None = None
    """Category of the diagnosed problem. May be null.

    Known values (:class:`tencent_mps.enums.ContainerDiagnoseResultItemCategory`); others may appear:
    ``DecodeParamException``: Decoding parameter problem
    ``TimeStampException``: Timestamp problem
    ``FrameException``: Frame rate problem
    ``StreamStatusException``: Stream status problem
    ``StreamInfo``: Stream information problem
    ``StreamAbnormalCharacteristics``: Abnormal stream characteristics
    ``DecodeException``: Decoding problem
    ``HLSRequirements``: HLS format problem

    Wire name: ``Category``.
    """

    type: str | None = None
    """Specific type of the diagnosed problem. May be null.

    Known values (:class:`tencent_mps.enums.ContainerDiagnoseResultItemType`); others may appear:
    ``VideoResolutionChanged``: Video resolution changed
    ``AudioSampleRateChanged``: Audio sample rate changed
    ``AudioChannelsChanged``: Number of audio channels changed
    ``ParameterSetsChanged``: Stream parameter sets changed
    ``DarOrSarInvalid``: Invalid display or sample aspect ratio
    ``TimestampFallback``: DTS went backwards
    ``DtsJitter``: Excessive DTS jitter
    ``PtsJitter``: Excessive PTS jitter
    ``AACDurationDeviation``: Unreasonable AAC frame timestamp interval
    ``AudioDroppingFrames``: Audio frames dropped
    ``VideoDroppingFrames``: Video frames dropped
    ``AVTimestampInterleave``: Unreasonable audio/video interleaving
    ``PtsLessThanDts``: PTS smaller than DTS
    ``ReceiveFpsJitter``: Excessive jitter in network receive frame rate
    ``ReceiveFpsTooSmall``: Network receive video frame rate too low
    ``FpsJitter``: Excessive jitter in frame rate computed from PTS
    ``StreamOpenFailed``: Failed to open stream
    ``StreamEnd``: Stream ended
    ``StreamParseFailed``: Failed to parse stream
    ``VideoFirstFrameNotIdr``: First frame is not an IDR frame
    ``StreamNALUError``: Invalid NALU start code
    ``TsStreamNoAud``: H.26x stream in MPEG-TS lacks AUD NALUs
    ``AudioStreamLack``: No audio stream
    ``VideoStreamLack``: No video stream
    ``LackAudioRecover``: Missing audio stream recovered
    ``LackVideoRecover``: Missing video stream recovered
    ``VideoBitrateOutofRange``: Video bitrate (kbps) out of range
    ``AudioBitrateOutofRange``: Audio bitrate (kbps) out of range
    ``VideoDecodeFailed``: Video decoding error
    ``AudioDecodeFailed``: Audio decoding error
    ``AudioOutOfPhase``: Two-channel audio is out of phase
    ``VideoDuplicatedFrame``: Duplicate frames in video stream
    ``AudioDuplicatedFrame``: Duplicate frames in audio stream
    ``VideoRotation``: Video picture is rotated
    ``TsMultiPrograms``: MPEG2-TS stream has multiple programs
    ``Mp4InvalidCodecFourcc``: MP4 codec FourCC does not meet Apple HLS requirements
    ``HLSBadM3u8Format``: Invalid m3u8 file
    ``HLSInvalidMasterM3u8``: Invalid master m3u8 file
    ``HLSInvalidMediaM3u8``: Invalid media m3u8 file
    ``HLSMasterM3u8Recommended``: Master m3u8 lacks parameters recommended by the standard
    ``HLSMediaM3u8Recommended``: Media m3u8 lacks parameters recommended by the standard
    ``HLSMediaM3u8DiscontinuityExist``: Media m3u8 contains EXT-X-DISCONTINUITY
    ``HLSMediaSegmentsStreamNumChange``: Number of streams changes between segments
    ``HLSMediaSegmentsPTSJitterDeviation``: PTS jumps between segments without EXT-X-DISCONTINUITY
    ``HLSMediaSegmentsDTSJitterDeviation``: DTS jumps between segments without EXT-X-DISCONTINUITY
    ``TimecodeTrackExist``: MP4 contains a tmcd (timecode) track

    Wire name: ``Type``.
    """

    severity_level: str | None = None
    """Severity of the diagnosed problem. May be null.

    Known values (:class:`tencent_mps.enums.ContainerDiagnoseResultItemSeverityLevel`); others may appear:
    ``Fatal``: Breaks subsequent playback and parsing
    ``Error``: May affect playback
    ``Warning``: Potential risk that does not necessarily affect playback
    ``Notice``: Important stream information
    ``Info``: General stream information

    Wire name: ``SeverityLevel``.
    """

    date_time_set: list[str] | None = None
    """Times at which the warning occurred, in ISO 8601 format such as 2022-12-25T13:14:16Z.
    May be null.

    Wire name: ``DateTimeSet``.
    """

    timestamp_set: list[float] | None = None
    """Media timestamps at which the problem occurred. May be null.

    Wire name: ``TimestampSet``.
    """


_KNOWN = frozenset(ContainerDiagnoseResultItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ContainerDiagnoseResultItem:
    """Decode one ``ContainerDiagnoseResultItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ContainerDiagnoseResultItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Category")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Category", "a string", v)
    o.category = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("SeverityLevel")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SeverityLevel", "a string", v)
    o.severity_level = v
    v = get("DateTimeSet")
    if v is not None:
        n += 1
        v = _d.str_list("DateTimeSet", v)
    o.date_time_set = v
    v = get("TimestampSet")
    if v is not None:
        n += 1
        v = _d.float_list("TimestampSet", v)
    o.timestamp_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ContainerDiagnoseResultItem, _structure)
