# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ActivityResItem``."""

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
class ActivityResItem(Model):
    """Output of a single activity (node) in an orchestration workflow; only the field matching the
    activity type is populated.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "transcode_task": "TranscodeTask",
        "animated_graphic_task": "AnimatedGraphicTask",
        "snapshot_by_time_offset_task": "SnapshotByTimeOffsetTask",
        "sample_snapshot_task": "SampleSnapshotTask",
        "image_sprite_task": "ImageSpriteTask",
        "adaptive_dynamic_streaming_task": "AdaptiveDynamicStreamingTask",
        "recognition_task": "RecognitionTask",
        "review_task": "ReviewTask",
        "analysis_task": "AnalysisTask",
        "quality_control_task": "QualityControlTask",
        "exec_rule_task": "ExecRuleTask",
        "smart_subtitles_task": "SmartSubtitlesTask",
        "smart_erase_task": "SmartEraseTask",
        "ai_dubbing_task": "AIDubbingTask",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "MediaProcessTaskTranscodeResult",
        "MediaProcessTaskAnimatedGraphicResult",
        "MediaProcessTaskSnapshotByTimeOffsetResult",
        "MediaProcessTaskSampleSnapshotResult",
        "MediaProcessTaskImageSpriteResult",
        "MediaProcessTaskAdaptiveDynamicStreamingResult",
        "ScheduleRecognitionTaskResult",
        "ScheduleReviewTaskResult",
        "ScheduleAnalysisTaskResult",
        "ScheduleQualityControlTaskResult",
        "ScheduleExecRuleTaskResult",
        "ScheduleSmartSubtitleTaskResult",
        "SmartEraseTaskResult",
        "AIDubbingTaskResult",
    )

    transcode_task: models.MediaProcessTaskTranscodeResult | None = None
    """Output of a transcoding task. May be null.

    Wire name: ``TranscodeTask``.
    """

    animated_graphic_task: models.MediaProcessTaskAnimatedGraphicResult | None = None
    """Output of a video-to-animated-image task. May be null.

    Wire name: ``AnimatedGraphicTask``.
    """

    snapshot_by_time_offset_task: models.MediaProcessTaskSnapshotByTimeOffsetResult | None = None
    """Output of a screenshot-at-time-points task. May be null.

    Wire name: ``SnapshotByTimeOffsetTask``.
    """

    sample_snapshot_task: models.MediaProcessTaskSampleSnapshotResult | None = None
    """Output of a sampled screenshot task. May be null.

    Wire name: ``SampleSnapshotTask``.
    """

    image_sprite_task: models.MediaProcessTaskImageSpriteResult | None = None
    """Output of an image sprite generation task. May be null.

    Wire name: ``ImageSpriteTask``.
    """

    adaptive_dynamic_streaming_task: (
        models.MediaProcessTaskAdaptiveDynamicStreamingResult | None
    ) = None
    """Output of an adaptive bitrate streaming task. May be null.

    Wire name: ``AdaptiveDynamicStreamingTask``.
    """

    recognition_task: models.ScheduleRecognitionTaskResult | None = None
    """Output of a content recognition task. May be null.

    Wire name: ``RecognitionTask``.
    """

    review_task: models.ScheduleReviewTaskResult | None = None
    """Output of a content review (moderation) task. May be null.

    Wire name: ``ReviewTask``.
    """

    analysis_task: models.ScheduleAnalysisTaskResult | None = None
    """Output of a content analysis task. May be null.

    Wire name: ``AnalysisTask``.
    """

    quality_control_task: models.ScheduleQualityControlTaskResult | None = None
    """Output of a media quality control task. May be null.

    Wire name: ``QualityControlTask``.
    """

    exec_rule_task: models.ScheduleExecRuleTaskResult | None = None
    """Output of a conditional rule evaluation task. May be null.

    Wire name: ``ExecRuleTask``.
    """

    smart_subtitles_task: models.ScheduleSmartSubtitleTaskResult | None = None
    """Output of a smart subtitle task. May be null.

    Wire name: ``SmartSubtitlesTask``.
    """

    smart_erase_task: models.SmartEraseTaskResult | None = None
    """Output of a smart erase task. May be null.

    Wire name: ``SmartEraseTask``.
    """

    ai_dubbing_task: models.AIDubbingTaskResult | None = None
    """Output of an AI dubbing task.

    Wire name: ``AIDubbingTask``.
    """


_KNOWN = frozenset(ActivityResItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ActivityResItem:
    """Decode one ``ActivityResItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ActivityResItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TranscodeTask")
    if v is not None:
        n += 1
        try:
            v = _S["MediaProcessTaskTranscodeResult"](v)
        except DecodeError as e:
            raise e.with_prefix("TranscodeTask") from None
    o.transcode_task = v
    v = get("AnimatedGraphicTask")
    if v is not None:
        n += 1
        try:
            v = _S["MediaProcessTaskAnimatedGraphicResult"](v)
        except DecodeError as e:
            raise e.with_prefix("AnimatedGraphicTask") from None
    o.animated_graphic_task = v
    v = get("SnapshotByTimeOffsetTask")
    if v is not None:
        n += 1
        try:
            v = _S["MediaProcessTaskSnapshotByTimeOffsetResult"](v)
        except DecodeError as e:
            raise e.with_prefix("SnapshotByTimeOffsetTask") from None
    o.snapshot_by_time_offset_task = v
    v = get("SampleSnapshotTask")
    if v is not None:
        n += 1
        try:
            v = _S["MediaProcessTaskSampleSnapshotResult"](v)
        except DecodeError as e:
            raise e.with_prefix("SampleSnapshotTask") from None
    o.sample_snapshot_task = v
    v = get("ImageSpriteTask")
    if v is not None:
        n += 1
        try:
            v = _S["MediaProcessTaskImageSpriteResult"](v)
        except DecodeError as e:
            raise e.with_prefix("ImageSpriteTask") from None
    o.image_sprite_task = v
    v = get("AdaptiveDynamicStreamingTask")
    if v is not None:
        n += 1
        try:
            v = _S["MediaProcessTaskAdaptiveDynamicStreamingResult"](v)
        except DecodeError as e:
            raise e.with_prefix("AdaptiveDynamicStreamingTask") from None
    o.adaptive_dynamic_streaming_task = v
    v = get("RecognitionTask")
    if v is not None:
        n += 1
        try:
            v = _S["ScheduleRecognitionTaskResult"](v)
        except DecodeError as e:
            raise e.with_prefix("RecognitionTask") from None
    o.recognition_task = v
    v = get("ReviewTask")
    if v is not None:
        n += 1
        try:
            v = _S["ScheduleReviewTaskResult"](v)
        except DecodeError as e:
            raise e.with_prefix("ReviewTask") from None
    o.review_task = v
    v = get("AnalysisTask")
    if v is not None:
        n += 1
        try:
            v = _S["ScheduleAnalysisTaskResult"](v)
        except DecodeError as e:
            raise e.with_prefix("AnalysisTask") from None
    o.analysis_task = v
    v = get("QualityControlTask")
    if v is not None:
        n += 1
        try:
            v = _S["ScheduleQualityControlTaskResult"](v)
        except DecodeError as e:
            raise e.with_prefix("QualityControlTask") from None
    o.quality_control_task = v
    v = get("ExecRuleTask")
    if v is not None:
        n += 1
        try:
            v = _S["ScheduleExecRuleTaskResult"](v)
        except DecodeError as e:
            raise e.with_prefix("ExecRuleTask") from None
    o.exec_rule_task = v
    v = get("SmartSubtitlesTask")
    if v is not None:
        n += 1
        try:
            v = _S["ScheduleSmartSubtitleTaskResult"](v)
        except DecodeError as e:
            raise e.with_prefix("SmartSubtitlesTask") from None
    o.smart_subtitles_task = v
    v = get("SmartEraseTask")
    if v is not None:
        n += 1
        try:
            v = _S["SmartEraseTaskResult"](v)
        except DecodeError as e:
            raise e.with_prefix("SmartEraseTask") from None
    o.smart_erase_task = v
    v = get("AIDubbingTask")
    if v is not None:
        n += 1
        try:
            v = _S["AIDubbingTaskResult"](v)
        except DecodeError as e:
            raise e.with_prefix("AIDubbingTask") from None
    o.ai_dubbing_task = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ActivityResItem, _structure)
