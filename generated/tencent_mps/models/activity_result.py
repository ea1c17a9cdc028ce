# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ActivityResult``: the model and its codecs."""

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
class ActivityResult:
    """Output of a single activity (atomic task) within an orchestration task.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "activity_type": "ActivityType",
        "activity_res_item": "ActivityResItem",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ActivityResult:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ActivityType",
        "ActivityResItem",
    }
)


def _structure(data: Any) -> ActivityResult:
    """Decode one ``ActivityResult`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ActivityResult) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.activity_type
    if v is not None:
        d["ActivityType"] = v
    v = o.activity_res_item
    if v is not None:
        d["ActivityResItem"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
