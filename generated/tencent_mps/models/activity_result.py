# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ActivityResult``."""

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
class ActivityResult(Model):
    """Output of a single activity (atomic task) within an orchestration task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "activity_type": "ActivityType",
        "activity_res_item": "ActivityResItem",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "ActivityResItem",
    )

    activity_type: str | None = None
    """Type of the atomic task.

    Known values (:class:`tencent_mps.enums.ActivityResultActivityType`); others may appear:
    ``Transcode``: transcoding
    ``SampleSnapshot``: sampled snapshots
    ``AnimatedGraphics``: animated image generation
    ``SnapshotByTimeOffset``: snapshots at specified time points
    ``ImageSprites``: image sprite generation
    ``AdaptiveDynamicStreaming``: adaptive bitrate streaming
    ``AiContentReview``: content moderation
    ``AIRecognition``: content recognition
    ``AIAnalysis``: content analysis
    ``AiQualityControl``: media quality inspection
    ``SmartSubtitles``: smart subtitles
    ``SmartErase``: smart erase
    ``Dubbing``: AI dubbing

    Wire name: ``ActivityType``.
    """

    activity_res_item: models.ActivityResItem | None = None
    """Output of the atomic task.

    Wire name: ``ActivityResItem``.
    """


_KNOWN = frozenset(ActivityResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ActivityResult:
    """Decode one ``ActivityResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ActivityResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ActivityType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ActivityType", "a string", v)
    o.activity_type = v
    v = get("ActivityResItem")
    if v is not None:
        n += 1
        try:
            v = _S["ActivityResItem"](v)
        except DecodeError as e:
            raise e.with_prefix("ActivityResItem") from None
    o.activity_res_item = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ActivityResult, _structure)
