# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DiagnoseResult``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DiagnoseResult(Model):
    """One problem found by live stream format diagnosis: its category, type, severity and when it
    started.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "category": "Category",
        "type": "Type",
        "timestamp": "Timestamp",
        "description": "Description",
        "date_time": "DateTime",
        "severity_level": "SeverityLevel",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "float",
        "str",
        "datetime",
        "str",
    )

    category: str | None = None
    """Broad category of the detected anomaly, such as a decoding, timestamp, frame rate or HLS
    format problem. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.ContainerDiagnoseResultItemCategory`); others may appear:
    ``DecodeParamException``: abnormal decoding parameters
    ``TimeStampException``: timestamp anomaly
    ``FrameException``: frame rate anomaly
    ``StreamStatusException``: stream status anomaly
    ``StreamInfo``: stream information anomaly
    ``StreamAbnormalCharacteristics``: abnormal stream characteristics
    ``DecodeException``: decoding failure
    ``HLSRequirements``: HLS format problem

    Wire name: ``Category``.
    """

    type: str | None = None
    """Specific anomaly that was detected, for example VideoDecodeFailed or HLSBadM3u8Format.
    May be null if unavailable.

    Known values (:class:`tencent_mps.enums.ContainerDiagnoseResultItemType`); others may appear:
    ``VideoResolutionChanged``: video resolution changed
    ``AudioSampleRateChanged``: audio sample rate changed
    ``AudioChannelsChanged``: number of audio channels changed
    ``ParameterSetsChanged``: stream parameter sets changed
    ``DarOrSarInvalid``: invalid video aspect ratio
    ``TimestampFallback``: dts timestamp went backwards
    ``DtsJitter``: excessive dts jitter
    ``PtsJitter``: excessive pts jitter
    ``AACDurationDeviation``: unreasonable interval between aac frame timestamps
    ``AudioDroppingFrames``: audio frames dropped
    ``VideoDroppingFrames``: video frames dropped
    ``AVTimestampInterleave``: unreasonable interleaving of audio and video
    ``PtsLessThanDts``: pts smaller than dts
    ``ReceiveFpsJitter``: excessive jitter in the network receive frame rate
    ``ReceiveFpsTooSmall``: network receive video frame rate too low
    ``FpsJitter``: excessive jitter in the frame rate computed from pts
    ``StreamOpenFailed``: stream could not be opened
    ``StreamEnd``: stream ended
    ``StreamParseFailed``: stream could not be parsed
    ``VideoFirstFrameNotIdr``: first frame is not an idr frame
    ``StreamNALUError``: wrong nalu start code
    ``TsStreamNoAud``: h26x stream in mpeg-ts lacks aud nalus
    ``AudioStreamLack``: no audio stream
    ``VideoStreamLack``: no video stream
    ``LackAudioRecover``: missing audio stream came back
    ``LackVideoRecover``: missing video stream came back
    ``VideoBitrateOutofRange``: video bitrate (kbps) out of range
    ``AudioBitrateOutofRange``: audio bitrate (kbps) out of range
    ``VideoDecodeFailed``: video decoding error
    ``AudioDecodeFailed``: audio decoding error
    ``AudioOutOfPhase``: the two audio channels are in opposite phase
    ``VideoDuplicatedFrame``: duplicated frames in the video stream
    ``AudioDuplicatedFrame``: duplicated frames in the audio stream
    ``VideoRotation``: video picture is rotated
    ``TsMultiPrograms``: mpeg2-ts stream carries several programs
    ``Mp4InvalidCodecFourcc``: mp4 codec fourcc does not meet apple hls requirements
    ``HLSBadM3u8Format``: invalid m3u8 file
    ``HLSInvalidMasterM3u8``: invalid master m3u8 file
    ``HLSInvalidMediaM3u8``: invalid media m3u8 file
    ``HLSMasterM3u8Recommended``: master m3u8 lacks parameters the standard recommends
    ``HLSMediaM3u8Recommended``: media m3u8 lacks parameters the standard recommends
    ``HLSMediaM3u8DiscontinuityExist``: media m3u8 contains EXT-X-DISCONTINUITY
    ``HLSMediaSegmentsStreamNumChange``: number of streams in the segments changed
    ``HLSMediaSegmentsPTSJitterDeviation``: pts jumps between segments without EXT-X-DISCONTINUITY
    ``HLSMediaSegmentsDTSJitterDeviation``: dts jumps between segments without EXT-X-DISCONTINUITY
    ``TimecodeTrackExist``: mp4 contains a tmcd track

    Wire name: ``Type``.
    """

    timestamp: float | None = None
    """PTS timestamp at which the anomaly begins. May be null if unavailable.

    Wire name: ``Timestamp``.
    """

    description: str | None = None
    """Human-readable description of the anomaly, for example which URL failed to open. May be
    null if unavailable.

    Wire name: ``Description``.
    """

    date_time: datetime | None = None
    """Beijing time at which the anomaly was detected, in ISO date format. May be null if
    unavailable.

    Wire name: ``DateTime``.
    """

    severity_level: str | None = None
    """How serious the anomaly is, from Fatal (breaks playback and parsing) down to Info
    (general stream information). May be null if unavailable.

    Known values (:class:`tencent_mps.enums.ContainerDiagnoseResultItemSeverityLevel`); others may appear:
    ``Fatal``: affects subsequent playback and parsing
    ``Error``: may affect playback
    ``Warning``: potential risk that does not necessarily affect playback
    ``Notice``: notable stream information
    ``Info``: general stream information

    Wire name: ``SeverityLevel``.
    """


_KNOWN = frozenset(DiagnoseResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DiagnoseResult:
    """Decode one ``DiagnoseResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DiagnoseResult)
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
    v = get("Timestamp")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Timestamp", v)
    o.timestamp = v
    v = get("Description")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Description", "a string", v)
    o.description = v
    v = get("DateTime")
    if v is not None:
        n += 1
        v = _t.decode("DateTime", v)
    o.date_time = v
    v = get("SeverityLevel")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SeverityLevel", "a string", v)
    o.severity_level = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DiagnoseResult, _structure)
