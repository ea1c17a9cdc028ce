# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaProcessTaskInput``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaProcessTaskInput:
    """Media processing tasks to run on a file, such as transcoding, animated images, snapshots,
    image sprites and adaptive bitrate streaming.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "transcode_task_set": "TranscodeTaskSet",
        "animated_graphic_task_set": "AnimatedGraphicTaskSet",
        "snapshot_by_time_offset_task_set": "SnapshotByTimeOffsetTaskSet",
        "sample_snapshot_task_set": "SampleSnapshotTaskSet",
        "image_sprite_task_set": "ImageSpriteTaskSet",
        "adaptive_dynamic_streaming_task_set": "AdaptiveDynamicStreamingTaskSet",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MediaProcessTaskInput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "TranscodeTaskSet",
        "AnimatedGraphicTaskSet",
        "SnapshotByTimeOffsetTaskSet",
        "SampleSnapshotTaskSet",
        "ImageSpriteTaskSet",
        "AdaptiveDynamicStreamingTaskSet",
    }
)


def _structure(data: Any) -> MediaProcessTaskInput:
    """Decode one ``MediaProcessTaskInput`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaProcessTaskInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TranscodeTaskSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("TranscodeTaskSet", "an array", v)
        if v:
            f = _S["TranscodeTaskInput"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("TranscodeTaskSet", v, f) from None
        else:
            v = []
    o.transcode_task_set = v
    v = get("AnimatedGraphicTaskSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("AnimatedGraphicTaskSet", "an array", v)
        if v:
            f = _S["AnimatedGraphicTaskInput"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("AnimatedGraphicTaskSet", v, f) from None
        else:
            v = []
    o.animated_graphic_task_set = v
    v = get("SnapshotByTimeOffsetTaskSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("SnapshotByTimeOffsetTaskSet", "an array", v)
        if v:
            f = _S["SnapshotByTimeOffsetTaskInput"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("SnapshotByTimeOffsetTaskSet", v, f) from None
        else:
            v = []
    o.snapshot_by_time_offset_task_set = v
    v = get("SampleSnapshotTaskSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("SampleSnapshotTaskSet", "an array", v)
        if v:
            f = _S["SampleSnapshotTaskInput"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("SampleSnapshotTaskSet", v, f) from None
        else:
            v = []
    o.sample_snapshot_task_set = v
    v = get("ImageSpriteTaskSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ImageSpriteTaskSet", "an array", v)
        if v:
            f = _S["ImageSpriteTaskInput"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("ImageSpriteTaskSet", v, f) from None
        else:
            v = []
    o.image_sprite_task_set = v
    v = get("AdaptiveDynamicStreamingTaskSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("AdaptiveDynamicStreamingTaskSet", "an array", v)
        if v:
            f = _S["AdaptiveDynamicStreamingTaskInput"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("AdaptiveDynamicStreamingTaskSet", v, f) from None
        else:
            v = []
    o.adaptive_dynamic_streaming_task_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: MediaProcessTaskInput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.transcode_task_set
    if v is not None:
        d["TranscodeTaskSet"] = [_d.wire(x) for x in v]
    v = o.animated_graphic_task_set
    if v is not None:
        d["AnimatedGraphicTaskSet"] = [_d.wire(x) for x in v]
    v = o.snapshot_by_time_offset_task_set
    if v is not None:
        d["SnapshotByTimeOffsetTaskSet"] = [_d.wire(x) for x in v]
    v = o.sample_snapshot_task_set
    if v is not None:
        d["SampleSnapshotTaskSet"] = [_d.wire(x) for x in v]
    v = o.image_sprite_task_set
    if v is not None:
        d["ImageSpriteTaskSet"] = [_d.wire(x) for x in v]
    v = o.adaptive_dynamic_streaming_task_set
    if v is not None:
        d["AdaptiveDynamicStreamingTaskSet"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``MediaProcessTaskInput`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not MediaProcessTaskInput:
        o = _e.as_model(o, MediaProcessTaskInput)
    d: dict[str, Any] = {}
    v: Any
    v = o.transcode_task_set
    if v is not None:
        d["TranscodeTaskSet"] = _e.models("TranscodeTaskSet", v, _R["TranscodeTaskInput"])
    v = o.animated_graphic_task_set
    if v is not None:
        d["AnimatedGraphicTaskSet"] = _e.models(
            "AnimatedGraphicTaskSet", v, _R["AnimatedGraphicTaskInput"]
        )
    v = o.snapshot_by_time_offset_task_set
    if v is not None:
        d["SnapshotByTimeOffsetTaskSet"] = _e.models(
            "SnapshotByTimeOffsetTaskSet", v, _R["SnapshotByTimeOffsetTaskInput"]
        )
    v = o.sample_snapshot_task_set
    if v is not None:
        d["SampleSnapshotTaskSet"] = _e.models(
            "SampleSnapshotTaskSet", v, _R["SampleSnapshotTaskInput"]
        )
    v = o.image_sprite_task_set
    if v is not None:
        d["ImageSpriteTaskSet"] = _e.models("ImageSpriteTaskSet", v, _R["ImageSpriteTaskInput"])
    v = o.adaptive_dynamic_streaming_task_set
    if v is not None:
        d["AdaptiveDynamicStreamingTaskSet"] = _e.models(
            "AdaptiveDynamicStreamingTaskSet", v, _R["AdaptiveDynamicStreamingTaskInput"]
        )
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
