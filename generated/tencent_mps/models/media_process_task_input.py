# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaProcessTaskInput`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaProcessTaskInput(Model):
    """Media processing tasks to run on a file, such as transcoding, animated images, snapshots,
    image sprites and adaptive bitrate streaming.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "transcode_task_set": "TranscodeTaskSet",
        "animated_graphic_task_set": "AnimatedGraphicTaskSet",
        "snapshot_by_time_offset_task_set": "SnapshotByTimeOffsetTaskSet",
        "sample_snapshot_task_set": "SampleSnapshotTaskSet",
        "image_sprite_task_set": "ImageSpriteTaskSet",
        "adaptive_dynamic_streaming_task_set": "AdaptiveDynamicStreamingTaskSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[TranscodeTaskInput",
        "[AnimatedGraphicTaskInput",
        "[SnapshotByTimeOffsetTaskInput",
        "[SampleSnapshotTaskInput",
        "[ImageSpriteTaskInput",
        "[AdaptiveDynamicStreamingTaskInput",
    )

    transcode_task_set: list[models.TranscodeTaskInput] | None = None
    """List of video transcoding tasks.

    Wire name: ``TranscodeTaskSet``.
    """

    animated_graphic_task_set: list[models.AnimatedGraphicTaskInput] | None = None
    """List of tasks that turn video into animated images.

    Wire name: ``AnimatedGraphicTaskSet``.
    """

    snapshot_by_time_offset_task_set: list[models.SnapshotByTimeOffsetTaskInput] | None = None
    """List of tasks that take snapshots at given time points.

    Wire name: ``SnapshotByTimeOffsetTaskSet``.
    """

    sample_snapshot_task_set: list[models.SampleSnapshotTaskInput] | None = None
    """List of sampled snapshot tasks.

    Wire name: ``SampleSnapshotTaskSet``.
    """

    image_sprite_task_set: list[models.ImageSpriteTaskInput] | None = None
    """List of image sprite generation tasks.

    Wire name: ``ImageSpriteTaskSet``.
    """

    adaptive_dynamic_streaming_task_set: list[models.AdaptiveDynamicStreamingTaskInput] | None = (
        None
    )
    """List of adaptive bitrate streaming tasks.

    Wire name: ``AdaptiveDynamicStreamingTaskSet``.
    """


_KNOWN = frozenset(MediaProcessTaskInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaProcessTaskInput:
    """Decode one ``MediaProcessTaskInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaProcessTaskInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TranscodeTaskSet")
    if v is not None:
        n += 1
        v = _d.objects("TranscodeTaskSet", v, _S["TranscodeTaskInput"])
    o.transcode_task_set = v
    v = get("AnimatedGraphicTaskSet")
    if v is not None:
        n += 1
        v = _d.objects("AnimatedGraphicTaskSet", v, _S["AnimatedGraphicTaskInput"])
    o.animated_graphic_task_set = v
    v = get("SnapshotByTimeOffsetTaskSet")
    if v is not None:
        n += 1
        v = _d.objects("SnapshotByTimeOffsetTaskSet", v, _S["SnapshotByTimeOffsetTaskInput"])
    o.snapshot_by_time_offset_task_set = v
    v = get("SampleSnapshotTaskSet")
    if v is not None:
        n += 1
        v = _d.objects("SampleSnapshotTaskSet", v, _S["SampleSnapshotTaskInput"])
    o.sample_snapshot_task_set = v
    v = get("ImageSpriteTaskSet")
    if v is not None:
        n += 1
        v = _d.objects("ImageSpriteTaskSet", v, _S["ImageSpriteTaskInput"])
    o.image_sprite_task_set = v
    v = get("AdaptiveDynamicStreamingTaskSet")
    if v is not None:
        n += 1
        v = _d.objects(
            "AdaptiveDynamicStreamingTaskSet", v, _S["AdaptiveDynamicStreamingTaskInput"]
        )
    o.adaptive_dynamic_streaming_task_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MediaProcessTaskInput, _structure)
