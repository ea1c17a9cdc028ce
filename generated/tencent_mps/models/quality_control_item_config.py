# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``QualityControlItemConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class QualityControlItemConfig(Model):
    """Settings of one quality control check item: which check, whether it is on, sampling and
    threshold.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "switch": "Switch",
        "sampling": "Sampling",
        "interval_time": "IntervalTime",
        "duration": "Duration",
        "threshold": "Threshold",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
        "str",
        "int",
        "int",
        "str",
    )

    type: str | None = None
    """Name of the check item, covering picture checks (such as Mosaic or Blur), audio checks,
    MOS scoring and stream format diagnoses. Required.

    Known values (:class:`tencent_mps.enums.QualityControlItemConfigType`); others may appear:
    ``LowEvaluation``: no-reference video quality score (mos)
    ``AudioEvaluation``: no-reference audio quality score (mos)
    ``Mosaic``: mosaic detection
    ``CrashScreen``: corrupted picture detection
    ``Blur``: blur detection
    ``Jitter``: jitter detection
    ``Noise``: noise detection
    ``QRCode``: qr code detection
    ``BarCode``: barcode detection
    ``AppletCode``: mini program code detection
    ``BlackWhiteEdge``: black or white border detection
    ``SolidColorScreen``: solid color screen detection
    ``LowLighting``: low lighting
    ``HighLighting``: overexposure
    ``NoVoice``: silence detection
    ``LowVoice``: low volume detection
    ``HighVoice``: clipping or loud burst detection
    ``AudioNoise``: audio noise detection
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

    Required in requests.

    Wire name: ``Type``.
    """

    switch: str | None = None
    """Whether this check item is enabled: ON or OFF. Defaults to ON. May be null if
    unavailable.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enabled
    ``OFF``: disabled

    Wire name: ``Switch``.
    """

    sampling: str | None = None
    """Sampling method; Time samples at fixed time intervals. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.QualityControlItemConfigSampling`); others may appear:
    ``Time``: sample at a fixed time interval

    Wire name: ``Sampling``.
    """

    interval_time: int | None = None
    """Sampling interval, in ms. May be null if unavailable.

    Unit: ms.

    Wire name: ``IntervalTime``.
    """

    duration: int | None = None
    """How long an anomaly must last, in ms. May be null if unavailable.

    Unit: ms.

    Wire name: ``Duration``.
    """

    threshold: str | None = None
    """Threshold of the check item; its meaning differs from item to item. May be null if
    unavailable.

    Wire name: ``Threshold``.
    """


_KNOWN = frozenset(QualityControlItemConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> QualityControlItemConfig:
    """Decode one ``QualityControlItemConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(QualityControlItemConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("Sampling")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Sampling", "a string", v)
    o.sampling = v
    v = get("IntervalTime")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("IntervalTime", "an integer", v)
    o.interval_time = v
    v = get("Duration")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Duration", "an integer", v)
    o.duration = v
    v = get("Threshold")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Threshold", "a string", v)
    o.threshold = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(QualityControlItemConfig, _structure)
