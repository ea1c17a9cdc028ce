# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaProcessTaskResult``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaProcessTaskResult:
    """Execution status and result of one media processing subtask in a workflow; only the field
    matching Type is populated.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MediaProcessTaskResult:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "TranscodeTask",
        "AnimatedGraphicTask",
        "SnapshotByTimeOffsetTask",
        "SampleSnapshotTask",
        "ImageSpriteTask",
        "AdaptiveDynamicStreamingTask",
    }
)


def _structure(data: Any) -> MediaProcessTaskResult:
    """Decode one ``MediaProcessTaskResult`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: MediaProcessTaskResult) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.transcode_task
    if v is not None:
        d["TranscodeTask"] = _d.wire(v)
    v = o.animated_graphic_task
    if v is not None:
        d["AnimatedGraphicTask"] = _d.wire(v)
    v = o.snapshot_by_time_offset_task
    if v is not None:
        d["SnapshotByTimeOffsetTask"] = _d.wire(v)
    v = o.sample_snapshot_task
    if v is not None:
        d["SampleSnapshotTask"] = _d.wire(v)
    v = o.image_sprite_task
    if v is not None:
        d["ImageSpriteTask"] = _d.wire(v)
    v = o.adaptive_dynamic_streaming_task
    if v is not None:
        d["AdaptiveDynamicStreamingTask"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
