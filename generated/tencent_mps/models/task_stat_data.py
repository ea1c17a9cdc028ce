# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TaskStatData``: the model and its codecs."""

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
class TaskStatData:
    """Usage statistics of one media processing task type: a summary and per-specification details.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "task_type": "TaskType",
        "summary": "Summary",
        "details": "Details",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TaskStatData:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "TaskType",
        "Summary",
        "Details",
    }
)


def _structure(data: Any) -> TaskStatData:
    """Decode one ``TaskStatData`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("Summary", "an array", v)
        if v:
            f = _S["TaskStatDataItem"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Summary", v, f) from None
        else:
            v = []
    o.summary = v
    v = get("Details")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Details", "an array", v)
        if v:
            f = _S["SpecificationDataItem"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Details", v, f) from None
        else:
            v = []
    o.details = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: TaskStatData) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.task_type
    if v is not None:
        d["TaskType"] = v
    v = o.summary
    if v is not None:
        d["Summary"] = [_d.wire(x) for x in v]
    v = o.details
    if v is not None:
        d["Details"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
