# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``Activity`` (sent in requests)."""

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
class Activity(Model):
    """One activity (atomic task node) of an orchestration, with its type, links to neighbouring
    nodes and parameters.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "activity_type": "ActivityType",
        "predrive_index": "PredriveIndex",
        "reardrive_index": "ReardriveIndex",
        "activity_para": "ActivityPara",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "[int",
        "[int",
        "ActivityPara",
    )

    activity_type: str | None = None
    """Type of the atomic task node, such as the start or end node or a processing action.

    Known values (:class:`tencent_mps.enums.ActivityActivityType`); others may appear:
    ``input``: start node
    ``output``: end node
    ``action-trans``: transcoding
    ``action-samplesnapshot``: sampled screenshots
    ``action-AIAnalysis``: content analysis
    ``action-AIRecognition``: content recognition
    ``action-aiReview``: content review (moderation)
    ``action-animated-graphics``: animated image generation
    ``action-image-sprite``: image sprite generation
    ``action-snapshotByTimeOffset``: screenshots at specified time points
    ``action-adaptive-substream``: adaptive bitrate streaming
    ``action-AIQualityControl``: media quality inspection
    ``action-SmartSubtitles``: smart subtitles
    ``action-exec-rules``: conditional rule evaluation
    ``action-SmartErase``: smart erase

    Required in requests.

    Wire name: ``ActivityType``.
    """

    predrive_index: list[int] | None = None
    """Indexes of the preceding nodes. Ignored when creating or modifying an orchestration; the
    server fills it in automatically.

    Wire name: ``PredriveIndex``.
    """

    reardrive_index: list[int] | None = None
    """Indexes of the following nodes.

    Wire name: ``ReardriveIndex``.
    """

    activity_para: models.ActivityPara | None = None
    """Parameters of the atomic task. May be null.

    Wire name: ``ActivityPara``.
    """


_KNOWN = frozenset(Activity.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> Activity:
    """Decode one ``Activity`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(Activity)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ActivityType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ActivityType", "a string", v)
    o.activity_type = v
    v = get("PredriveIndex")
    if v is not None:
        n += 1
        v = _d.int_list("PredriveIndex", v)
    o.predrive_index = v
    v = get("ReardriveIndex")
    if v is not None:
        n += 1
        v = _d.int_list("ReardriveIndex", v)
    o.reardrive_index = v
    v = get("ActivityPara")
    if v is not None:
        n += 1
        try:
            v = _S["ActivityPara"](v)
        except DecodeError as e:
            raise e.with_prefix("ActivityPara") from None
    o.activity_para = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(Activity, _structure)
