# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ActivityPara`` (sent in requests)."""

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
class ActivityPara(Model):
    """Parameters of an orchestration activity; only the task field matching the activity type is
    set.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "transcode_task": "TranscodeTask",
        "animated_graphic_task": "AnimatedGraphicTask",
        "snapshot_by_time_offset_task": "SnapshotByTimeOffsetTask",
        "sample_snapshot_task": "SampleSnapshotTask",
        "image_sprite_task": "ImageSpriteTask",
        "adaptive_dynamic_streaming_task": "AdaptiveDynamicStreamingTask",
        "ai_content_review_task": "AiContentReviewTask",
        "ai_analysis_task": "AiAnalysisTask",
        "ai_recognition_task": "AiRecognitionTask",
        "quality_control_task": "QualityControlTask",
        "exec_rules_task": "ExecRulesTask",
        "smart_subtitles_task": "SmartSubtitlesTask",
        "smart_erase_task": "SmartEraseTask",
        "ai_dubbing_task": "AIDubbingTask",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "TranscodeTaskInput",
        "AnimatedGraphicTaskInput",
        "SnapshotByTimeOffsetTaskInput",
        "SampleSnapshotTaskInput",
        "ImageSpriteTaskInput",
        "AdaptiveDynamicStreamingTaskInput",
        "AiContentReviewTaskInput",
        "AiAnalysisTaskInput",
        "AiRecognitionTaskInput",
        "AiQualityControlTaskInput",
        "ExecRulesTask",
        "SmartSubtitlesTaskInput",
        "SmartEraseTaskInput",
        "AIDubbingTaskInput",
    )

    transcode_task: models.TranscodeTaskInput | None = None
    """Video transcoding task parameters. May be null.

    Wire name: ``TranscodeTask``.
    """

    animated_graphic_task: models.AnimatedGraphicTaskInput | None = None
    """Video-to-animated-image task parameters. May be null.

    Wire name: ``AnimatedGraphicTask``.
    """

    snapshot_by_time_offset_task: models.SnapshotByTimeOffsetTaskInput | None = None
    """Screenshot-at-time-points task parameters. May be null.

    Wire name: ``SnapshotByTimeOffsetTask``.
    """

    sample_snapshot_task: models.SampleSnapshotTaskInput | None = None
    """Sampled screenshot task parameters. May be null.

    Wire name: ``SampleSnapshotTask``.
    """

    image_sprite_task: models.ImageSpriteTaskInput | None = None
    """Image sprite generation task parameters. May be null.

    Wire name: ``ImageSpriteTask``.
    """

    adaptive_dynamic_streaming_task: models.AdaptiveDynamicStreamingTaskInput | None = None
    """Adaptive bitrate streaming task parameters. May be null.

    Wire name: ``AdaptiveDynamicStreamingTask``.
    """

    ai_content_review_task: models.AiContentReviewTaskInput | None = None
    """Video content review (moderation) task parameters. May be null.

    Wire name: ``AiContentReviewTask``.
    """

    ai_analysis_task: models.AiAnalysisTaskInput | None = None
    """Video content analysis task parameters. May be null.

    Wire name: ``AiAnalysisTask``.
    """

    ai_recognition_task: models.AiRecognitionTaskInput | None = None
    """Video content recognition task parameters. May be null.

    Wire name: ``AiRecognitionTask``.
    """

    quality_control_task: models.AiQualityControlTaskInput | None = None
    """Media quality control task parameters. May be null.

    Wire name: ``QualityControlTask``.
    """

    exec_rules_task: models.ExecRulesTask | None = None
    """Conditional rule evaluation task parameters. May be null.

    Wire name: ``ExecRulesTask``.
    """

    smart_subtitles_task: models.SmartSubtitlesTaskInput | None = None
    """Smart subtitle task parameters. May be null.

    Wire name: ``SmartSubtitlesTask``.
    """

    smart_erase_task: models.SmartEraseTaskInput | None = None
    """Smart erase task parameters. May be null.

    Wire name: ``SmartEraseTask``.
    """

    ai_dubbing_task: models.AIDubbingTaskInput | None = None
    """AI dubbing task parameters.

    Wire name: ``AIDubbingTask``.
    """


_KNOWN = frozenset(ActivityPara.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ActivityPara:
    """Decode one ``ActivityPara`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ActivityPara)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TranscodeTask")
    if v is not None:
        n += 1
        try:
            v = _S["TranscodeTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("TranscodeTask") from None
    o.transcode_task = v
    v = get("AnimatedGraphicTask")
    if v is not None:
        n += 1
        try:
            v = _S["AnimatedGraphicTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("AnimatedGraphicTask") from None
    o.animated_graphic_task = v
    v = get("SnapshotByTimeOffsetTask")
    if v is not None:
        n += 1
        try:
            v = _S["SnapshotByTimeOffsetTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("SnapshotByTimeOffsetTask") from None
    o.snapshot_by_time_offset_task = v
    v = get("SampleSnapshotTask")
    if v is not None:
        n += 1
        try:
            v = _S["SampleSnapshotTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("SampleSnapshotTask") from None
    o.sample_snapshot_task = v
    v = get("ImageSpriteTask")
    if v is not None:
        n += 1
        try:
            v = _S["ImageSpriteTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("ImageSpriteTask") from None
    o.image_sprite_task = v
    v = get("AdaptiveDynamicStreamingTask")
    if v is not None:
        n += 1
        try:
            v = _S["AdaptiveDynamicStreamingTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("AdaptiveDynamicStreamingTask") from None
    o.adaptive_dynamic_streaming_task = v
    v = get("AiContentReviewTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiContentReviewTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("AiContentReviewTask") from None
    o.ai_content_review_task = v
    v = get("AiAnalysisTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("AiAnalysisTask") from None
    o.ai_analysis_task = v
    v = get("AiRecognitionTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiRecognitionTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("AiRecognitionTask") from None
    o.ai_recognition_task = v
    v = get("QualityControlTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiQualityControlTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("QualityControlTask") from None
    o.quality_control_task = v
    v = get("ExecRulesTask")
    if v is not None:
        n += 1
        try:
            v = _S["ExecRulesTask"](v)
        except DecodeError as e:
            raise e.with_prefix("ExecRulesTask") from None
    o.exec_rules_task = v
    v = get("SmartSubtitlesTask")
    if v is not None:
        n += 1
        try:
            v = _S["SmartSubtitlesTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("SmartSubtitlesTask") from None
    o.smart_subtitles_task = v
    v = get("SmartEraseTask")
    if v is not None:
        n += 1
        try:
            v = _S["SmartEraseTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("SmartEraseTask") from None
    o.smart_erase_task = v
    v = get("AIDubbingTask")
    if v is not None:
        n += 1
        try:
            v = _S["AIDubbingTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("AIDubbingTask") from None
    o.ai_dubbing_task = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ActivityPara, _structure)
