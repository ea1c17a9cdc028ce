# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaProcessTaskResult``."""

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
class MediaProcessTaskResult(Model):
    """Execution status and result of one media processing subtask in a workflow; only the field
    matching Type is populated.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "transcode_task": "TranscodeTask",
        "animated_graphic_task": "AnimatedGraphicTask",
        "snapshot_by_time_offset_task": "SnapshotByTimeOffsetTask",
        "sample_snapshot_task": "SampleSnapshotTask",
        "image_sprite_task": "ImageSpriteTask",
        "adaptive_dynamic_streaming_task": "AdaptiveDynamicStreamingTask",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "MediaProcessTaskTranscodeResult",
        "MediaProcessTaskAnimatedGraphicResult",
        "MediaProcessTaskSnapshotByTimeOffsetResult",
        "MediaProcessTaskSampleSnapshotResult",
        "MediaProcessTaskImageSpriteResult",
        "MediaProcessTaskAdaptiveDynamicStreamingResult",
    )

    type: str | None = None
    """Kind of media processing subtask.

    Known values (:class:`tencent_mps.enums.MediaProcessTaskType`); others may appear:
    ``Transcode``: transcoding
    ``AnimatedGraphics``: animated image generation
    ``SnapshotByTimeOffset``: snapshots at specified time points
    ``SampleSnapshot``: sampled snapshots
    ``ImageSprites``: image sprite generation
    ``CoverBySnapshot``: snapshot used as cover
    ``AdaptiveDynamicStreaming``: adaptive bitrate streaming

    Wire name: ``Type``.
    """

    transcode_task: models.MediaProcessTaskTranscodeResult | None = None
    """Result of the transcoding subtask; valid when Type is Transcode. May be null if
    unavailable.

    Wire name: ``TranscodeTask``.
    """

    animated_graphic_task: models.MediaProcessTaskAnimatedGraphicResult | None = None
    """Result of the animated image generation subtask; valid when Type is AnimatedGraphics.
    May be null if unavailable.

    Wire name: ``AnimatedGraphicTask``.
    """

    snapshot_by_time_offset_task: models.MediaProcessTaskSnapshotByTimeOffsetResult | None = None
    """Result of the time-point snapshot subtask; valid when Type is SnapshotByTimeOffset. May
    be null if unavailable.

    Wire name: ``SnapshotByTimeOffsetTask``.
    """

    sample_snapshot_task: models.MediaProcessTaskSampleSnapshotResult | None = None
    """Result of the sampled snapshot subtask; valid when Type is SampleSnapshot. May be null
    if unavailable.

    Wire name: ``SampleSnapshotTask``.
    """

    image_sprite_task: models.MediaProcessTaskImageSpriteResult | None = None
    """Result of the image sprite subtask; valid when Type is ImageSprites. May be null if
    unavailable.

    Wire name: ``ImageSpriteTask``.
    """

    adaptive_dynamic_streaming_task: (
        models.MediaProcessTaskAdaptiveDynamicStreamingResult | None
    ) = None
    """Result of the adaptive bitrate streaming subtask; valid when Type is
    AdaptiveDynamicStreaming. May be null if unavailable.

    Wire name: ``AdaptiveDynamicStreamingTask``.
    """


_KNOWN = frozenset(MediaProcessTaskResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaProcessTaskResult:
    """Decode one ``MediaProcessTaskResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaProcessTaskResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MediaProcessTaskResult, _structure)
