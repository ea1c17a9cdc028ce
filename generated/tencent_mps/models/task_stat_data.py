# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TaskStatData``."""

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
class TaskStatData(Model):
    """Usage statistics of one media processing task type: a summary and per-specification details."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "task_type": "TaskType",
        "summary": "Summary",
        "details": "Details",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[TaskStatDataItem",
        "[SpecificationDataItem",
    )

    task_type: str | None = None
    """Media processing task type the statistics belong to.

    Known values (:class:`tencent_mps.enums.TaskStatDataTaskType`); others may appear:
    ``Transcode``: transcoding
    ``Enhance``: enhancement
    ``AIAnalysis``: intelligent analysis
    ``AIRecognition``: intelligent recognition
    ``AIReview``: content moderation
    ``Snapshot``: screenshots
    ``AnimatedGraphics``: animated image generation
    ``ImageProcess``: image processing

    Wire name: ``TaskType``.
    """

    summary: list[models.TaskStatDataItem] | None = None
    """Overview of task counts and usage. Usage is in seconds for Transcode, Enhance,
    AIAnalysis, AIRecognition, AIReview and AnimatedGraphics, and in images for Snapshot and
    ImageProcess.

    Wire name: ``Summary``.
    """

    details: list[models.SpecificationDataItem] | None = None
    """Statistics per specification. Transcoding specifications are Audio, Remuxing or
    TYPE.CODEC.SPEC (TYPE such as Standard, TESHD-10, TESHD-20, TESHD-30, Edit; CODEC H264,
    H265, AV1 or MV-HEVC; SPEC SD, HD, FHD, 2K or 4K), for example TESHD-10.H265.HD.
    Enhancement, snapshot (ImageSprite, SampleSnapshot, SnapshotByTime), image processing,
    analysis and recognition tasks have their own specifications; review and animated images
    have none.

    Wire name: ``Details``.
    """


_KNOWN = frozenset(TaskStatData.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TaskStatData:
    """Decode one ``TaskStatData`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TaskStatData)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TaskType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskType", "a string", v)
    o.task_type = v
    v = get("Summary")
    if v is not None:
        n += 1
        v = _d.objects("Summary", v, _S["TaskStatDataItem"])
    o.summary = v
    v = get("Details")
    if v is not None:
        n += 1
        v = _d.objects("Details", v, _S["SpecificationDataItem"])
    o.details = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(TaskStatData, _structure)
